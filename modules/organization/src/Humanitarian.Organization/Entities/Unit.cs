using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.Units;

namespace Humanitarian.Organization.Entities;

/// <summary>A body inside the tenant that gets tasks and reports (đơn vị); units form a tree.</summary>
public sealed class Unit : FullAuditedAggregateRoot<Guid>, IMultiTenant, IHasParent, IHasNormalizedCode
{
    private readonly List<UnitContact> _contacts = [];

    public Guid? TenantId { get; set; }
    public string Code { get; private set; } = "";

    /// <summary>The code folded for uniqueness; cleared when the unit is deleted, so a new unit may take the code.</summary>
    public string? NormalizedCode { get; private set; }

    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }
    public Guid? AdministrativeAreaId { get; private set; }

    /// <summary>A unit others' records refer to is deactivated rather than deleted.</summary>
    public bool IsActive { get; private set; } = true;

    public IReadOnlyList<UnitContact> Contacts => _contacts;

    private Unit() { }

    /// <param name="parentId">Already checked by <c>UnitManager</c> (in reach, no cycle).</param>
    public Unit(Guid id, string code, string name, UnitKind kind, Guid? parentId) : base(id)
    {
        SetCode(code);
        Update(name, kind);
        MoveTo(parentId);
    }

    /// <summary>The caller has checked that no other unit of the tenant holds the code (<c>UniqueCodes</c>).</summary>
    public void SetCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        NormalizedCode = SearchText.Normalize(Code);
    }

    public void Update(string name, UnitKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
        Kind = kind;
    }

    /// <summary>
    /// Puts the unit below <paramref name="parentId"/> (top level when null). A unit cannot be its own
    /// parent; whether the parent exists and lies outside the unit's subtree needs the tree, so
    /// <c>UnitManager</c> checks that first.
    /// </summary>
    public void MoveTo(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new BusinessException(OrganizationErrorCodes.UnitParentCycle).WithMember(nameof(ParentId));
        }
        ParentId = parentId;
    }

    /// <summary>The commune/ward (or district) the unit belongs to; none when null.</summary>
    public void PlaceIn(Guid? administrativeAreaId) => AdministrativeAreaId = administrativeAreaId;

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public void ReleaseCode() => NormalizedCode = null;

    /// <summary>Adds a contact, held to the rule of <see cref="UnitContact.Update"/>.</summary>
    public UnitContact AddContact(string name, string? position = null, string? email = null, string? phone = null, bool receivesReminders = false)
    {
        var contact = new UnitContact(Guid.NewGuid(), Id, name, position, email, phone, receivesReminders);
        _contacts.Add(contact);
        return contact;
    }

    public UnitContact GetContact(Guid contactId) =>
        _contacts.FirstOrDefault(c => c.Id == contactId) ?? throw new EntityNotFoundException(typeof(UnitContact), contactId);

    public void RemoveContact(UnitContact contact) => _contacts.Remove(contact);
}
