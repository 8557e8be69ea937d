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
    public UnitKind Kind { get; set; }
    public Guid? ParentId { get; set; }
    public Guid? AdministrativeAreaId { get; set; }
    public bool IsActive { get; set; } = true;
    public IReadOnlyList<UnitContact> Contacts => _contacts;

    private Unit() { }

    public Unit(Guid id, string code, string name, UnitKind kind, Guid? parentId) : base(id)
    {
        SetCode(code);
        SetName(name);
        Kind = kind;
        ParentId = parentId;
    }

    public void SetCode(string code)
    {
        Code = code.Trim();
        NormalizedCode = SearchText.Normalize(Code);
    }

    public void SetName(string name)
    {
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
    }

    public void ReleaseCode() => NormalizedCode = null;

    public UnitContact AddContact(string name)
    {
        var contact = new UnitContact(Guid.NewGuid(), Id, name);
        _contacts.Add(contact);
        return contact;
    }

    public UnitContact GetContact(Guid contactId) =>
        _contacts.FirstOrDefault(c => c.Id == contactId) ?? throw new EntityNotFoundException(typeof(UnitContact), contactId);

    public void RemoveContact(UnitContact contact) => _contacts.Remove(contact);
}
