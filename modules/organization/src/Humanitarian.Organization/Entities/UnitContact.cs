using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>A person to reach at a unit; the one marked receives the unit's deadline reminders.</summary>
public sealed class UnitContact : Entity<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Position { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public bool ReceivesReminders { get; private set; }

    private UnitContact() { }

    internal UnitContact(Guid id, Guid unitId, string name, string? position, string? email, string? phone, bool receivesReminders)
        : base(id)
    {
        UnitId = unitId;
        Update(name, position, email, phone, receivesReminders);
    }

    /// <summary>Optional texts left blank are stored as null. Reminders are e-mailed: their receiver needs an address.</summary>
    public void Update(string name, string? position, string? email, string? phone, bool receivesReminders)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var address = TextInput.OrNull(email);
        if (receivesReminders && address is null)
        {
            throw new BusinessException(OrganizationErrorCodes.ReminderContactNeedsEmail).WithMember(nameof(Email));
        }
        Name = name.Trim();
        Position = TextInput.OrNull(position);
        Email = address;
        Phone = TextInput.OrNull(phone);
        ReceivesReminders = receivesReminders;
    }
}
