using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// The last receipt number a fund gave in a year. Taken and raised in the donation's own transaction,
/// after the fund's row is locked (see <c>FundLedger</c>): a donation that fails gives its number back,
/// so the numbers have no gaps; two at once wait for each other, so none is given twice.
/// </summary>
public sealed class ReceiptSequence : IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    private ReceiptSequence() { }

    internal ReceiptSequence(Guid fundId, int year) => (FundId, Year, LastNumber) = (fundId, year, 1);
}
