using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// A donor's promise to give a fund an amount by a day (cam kết ủng hộ). Donations recorded against it
/// fulfil it; what they brought is summed from them, so a cancelled one stops counting by itself.
/// </summary>
public sealed class Pledge : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid FundId { get; private set; }
    public Guid DonorId { get; private set; }
    public long Amount { get; private set; }
    public DateOnly DueDate { get; private set; }
    public Guid? CollectingUnitId { get; private set; }
    public string? Note { get; private set; }

    private Pledge() { }

    public Pledge(Guid id, Guid fundId, Guid donorId) : base(id) => (FundId, DonorId) = (fundId, donorId);

    /// <summary>Its donor found twice and merged: the promise is the kept donor's.</summary>
    public void MoveToDonor(Guid keptDonorId) => DonorId = keptDonorId;

    public void Set(long amount, DateOnly dueDate, Guid? collectingUnitId, string? note)
    {
        Amount = amount > 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "A pledge promises money.");
        (DueDate, CollectingUnitId, Note) = (dueDate, collectingUnitId, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }
}
