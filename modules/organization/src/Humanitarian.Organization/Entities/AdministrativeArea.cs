using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;

namespace Humanitarian.Organization.Entities;

/// <summary>A district or a commune/ward of the tenant (reference data for addresses and targets).</summary>
public sealed class AdministrativeArea : FullAuditedAggregateRoot<Guid>, IMultiTenant, IHasParent, IHasNormalizedCode
{
    public Guid? TenantId { get; set; }
    public string Code { get; private set; } = "";

    /// <summary>The code folded for uniqueness; cleared when the area is deleted, so a new area may take the code.</summary>
    public string? NormalizedCode { get; private set; }

    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public AdministrativeAreaLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }

    /// <summary>The area this one was merged into (communes and wards merged in 2025); kept for history.</summary>
    public Guid? MergedIntoId { get; private set; }

    private AdministrativeArea() { }

    /// <param name="parentId">Already checked by <c>TreeRules</c> (in reach, no cycle).</param>
    public AdministrativeArea(Guid id, string code, string name, AdministrativeAreaLevel level, Guid? parentId) : base(id)
    {
        SetCode(code);
        SetName(name);
        ChangeLevel(level);
        MoveTo(parentId);
    }

    /// <summary>The caller has checked that no other area of the tenant holds the code (<c>UniqueCodes</c>).</summary>
    public void SetCode(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.Trim();
        NormalizedCode = SearchText.Normalize(Code);
    }

    /// <summary>
    /// Earlier names, newest first ("; " between): communes renamed in 2025 are still looked up by the
    /// name people knew, and old records that spell it stay recognisable.
    /// </summary>
    public string? FormerNames { get; private set; }

    public string? NormalizedFormerNames { get; private set; }

    public void SetName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var previous = Name;
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
        if (previous.Length > 0 && SearchText.Normalize(previous) != NormalizedName)
        {
            RememberFormerName(previous);
        }
    }

    public IReadOnlyList<string> FormerNameList() => (FormerNames ?? "").Split(FormerNameSeparator, StringSplitOptions.RemoveEmptyEntries);

    private void RememberFormerName(string name)
    {
        var names = FormerNameList()
            .Where(n => SearchText.Normalize(n) != NormalizedName && n != name).Prepend(name).ToList();
        // The oldest names give way when the column is full.
        while (names.Count > 1 && string.Join(FormerNameSeparator, names).Length > AdministrativeAreaConsts.MaxFormerNamesLength)
        {
            names.RemoveAt(names.Count - 1);
        }
        FormerNames = string.Join(FormerNameSeparator, names);
        NormalizedFormerNames = SearchText.Normalize(FormerNames);
    }

    private const string FormerNameSeparator = "; ";

    public void ChangeLevel(AdministrativeAreaLevel level) => Level = level;

    /// <summary>
    /// Puts the area inside <paramref name="parentId"/> (top level when null). An area cannot lie inside
    /// itself; whether the parent exists and lies outside the area needs the tree, so the caller checks
    /// that first with <c>TreeRules</c>.
    /// </summary>
    public void MoveTo(Guid? parentId)
    {
        if (parentId == Id)
        {
            throw new BusinessException(OrganizationErrorCodes.AdministrativeAreaParentCycle).WithMember(nameof(ParentId));
        }
        ParentId = parentId;
    }

    public void ReleaseCode() => NormalizedCode = null;

    /// <summary>Marks the area as merged into <paramref name="targetId"/>; the caller deletes it (softly).</summary>
    public void MergeInto(Guid targetId)
    {
        MergedIntoId = targetId;
        ReleaseCode();
    }
}
