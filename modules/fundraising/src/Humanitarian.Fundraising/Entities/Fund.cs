using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// A fund ("Quỹ hỗ trợ phòng, chống dịch, bệnh nguy hiểm"). Its balances are the sums of its ledger
/// entries; they are changed only by <c>FundLedger</c>, in the database, so that concurrent donations
/// and disbursements never lose one another's change (see there).
/// Deleted only while nothing was recorded in it (then it leaves no trace to keep), so not soft-deleted.
/// </summary>
public sealed class Fund : AuditedAggregateRoot<Guid>, IInheritedByLegalHeir, IHasNormalizedCode
{
    public Guid? TenantId { get; set; }
    public string Code { get; private set; } = "";
    public string NormalizedCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public Guid? ManagingCommitteeId { get; private set; }
    public bool IsTransparent { get; private set; } = true;

    /// <summary>Everything the fund holds, restricted money included.</summary>
    public long Balance { get; private set; }

    /// <summary>The sum of its restrictions' balances: <see cref="Balance"/> minus this is what any purpose may spend.</summary>
    public long RestrictedBalance { get; private set; }

    private Fund() { }

    /// <summary>The caller has checked that no other fund of the tenant holds the code (<c>UniqueCodes</c>).</summary>
    public Fund(Guid id, string code, string name, Guid? managingCommitteeId, bool isTransparent) : base(id)
    {
        Code = Required(code, nameof(Code)).ToUpperInvariant();
        NormalizedCode = SearchText.Normalize(Code);
        Update(name, managingCommitteeId, isTransparent);
    }

    public void Update(string name, Guid? managingCommitteeId, bool isTransparent)
    {
        Name = Required(name, nameof(Name));
        NormalizedName = SearchText.Normalize(Name);
        (ManagingCommitteeId, IsTransparent) = (managingCommitteeId, isTransparent);
    }

    private static string Required(string value, string member) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{member} is required.", member) : value.Trim();
}
