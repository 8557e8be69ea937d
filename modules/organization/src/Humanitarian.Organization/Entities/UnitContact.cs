using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Organization.Entities;

/// <summary>A person to reach at a unit; the one marked receives the unit's deadline reminders.</summary>
public sealed class UnitContact : Entity<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid UnitId { get; private set; }
    public string Name { get; set; } = "";
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool ReceivesReminders { get; set; }

    private UnitContact() { }

    internal UnitContact(Guid id, Guid unitId, string name) : base(id)
    {
        UnitId = unitId;
        Name = name;
    }
}
