using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// Money given to a fund for a named purpose ("trẻ em xã Phước Hà"): what is left of it, spent only by
/// disbursements for that purpose. One row per fund and purpose, folded so that a second spelling
/// ("Trẻ em xã Phước Hà ") is the same purpose.
/// </summary>
public sealed class FundRestriction : Entity<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public long Balance { get; private set; }

    private FundRestriction() { }

    /// <param name="balance">The first gift for the purpose, which makes the row.</param>
    internal FundRestriction(Guid id, Guid fundId, string name, long balance) : base(id)
    {
        (FundId, Name, NormalizedName, Balance) = (fundId, name.Trim(), Normalize(name), balance);
    }

    public static string Normalize(string name) => SearchText.Normalize(name);
}
