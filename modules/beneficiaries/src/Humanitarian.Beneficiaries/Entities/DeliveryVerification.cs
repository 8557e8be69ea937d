using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>A delivery as the draw sees it: what a sampled item keeps of it.</summary>
public sealed record DeliveryToSample(Guid DeliveryId, Guid SponsorshipId, Guid HumanitarianAddressId, DateOnly Date, long Value);

/// <summary>
/// A verification round (đợt xác minh): a uniformly random sample of a period's deliveries, each checked
/// with its address — received, not received, received with issues, and how much. The sample is drawn
/// once, at creation, so the round's rates always speak of the same deliveries.
/// </summary>
public sealed class DeliveryVerification : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<DeliveryVerificationItem> _items = [];

    public Guid? TenantId { get; set; }
    public string? Name { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int? SamplePercent { get; private set; }
    public int? SampleSize { get; private set; }

    /// <summary>
    /// The unit whose subtree the drawer could see; null when the drawer saw the whole tenant. The round
    /// holds that scope's addresses, so it is shown to those who see that unit.
    /// </summary>
    public Guid? ScopeUnitId { get; private set; }

    public int PopulationCount { get; private set; }

    // Kept beside the items so that a list of rounds shows its progress without reading them.
    public int SampledCount { get; private set; }
    public int VerifiedCount { get; private set; }

    public IReadOnlyList<DeliveryVerificationItem> Items => _items;

    private DeliveryVerification() { }

    public DeliveryVerification(Guid id, string? name, DateOnly from, DateOnly to, int? samplePercent, int? sampleSize, Guid? scopeUnitId) : base(id)
    {
        if (to < from)
        {
            throw new BusinessException(BeneficiariesErrorCodes.VerificationPeriodReversed).WithMember(nameof(To));
        }
        if (samplePercent is null == sampleSize is null)
        {
            throw new BusinessException(BeneficiariesErrorCodes.VerificationSampleChoice).WithMember(nameof(SamplePercent)).WithMember(nameof(SampleSize));
        }
        if (samplePercent is < 1 or > DeliveryVerificationConsts.MaxSamplePercent)
        {
            throw new ArgumentOutOfRangeException(nameof(samplePercent));
        }
        if (sampleSize is < 1 or > DeliveryVerificationConsts.MaxSampleSize)
        {
            throw new ArgumentOutOfRangeException(nameof(sampleSize));
        }
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        (From, To, SamplePercent, SampleSize, ScopeUnitId) = (from, to, samplePercent, sampleSize, scopeUnitId);
    }

    /// <summary>
    /// How many of <paramref name="population"/> deliveries the round takes: the share rounded up (so a
    /// small period still gets one), or the size asked for, no more than there are.
    /// </summary>
    public int SizeFor(int population)
    {
        if (population <= 0)
        {
            return 0;
        }
        var size = SamplePercent is { } percent ? (int)Math.Ceiling(population * (decimal)percent / 100) : SampleSize!.Value;
        return Math.Min(size, population);
    }

    /// <summary>
    /// Draws the sample from the period's deliveries (the caller passes those the drawer may see): a
    /// partial Fisher–Yates shuffle, so every subset of the size is equally likely and none repeats.
    /// </summary>
    /// <param name="random">Random.Shared in the service; a seeded one in tests.</param>
    public void Draw(IReadOnlyList<DeliveryToSample> population, Random random)
    {
        if (_items.Count > 0)
        {
            throw new InvalidOperationException("The sample is drawn once.");
        }
        if (population.Any(d => d.Date < From || d.Date > To))
        {
            throw new ArgumentException("A delivery outside the period.", nameof(population));
        }
        if (population.Count == 0)
        {
            throw new BusinessException(BeneficiariesErrorCodes.NoDeliveriesInPeriod)
                .WithData("from", From).WithData("to", To).WithMember(nameof(From)).WithMember(nameof(To));
        }
        var size = SizeFor(population.Count);
        if (size > DeliveryVerificationConsts.MaxSampleSize)
        {
            throw new BusinessException(BeneficiariesErrorCodes.VerificationSampleTooLarge)
                .WithData("size", size).WithData("max", DeliveryVerificationConsts.MaxSampleSize).WithMember(nameof(SamplePercent));
        }
        var pool = population.ToArray();
        for (var i = 0; i < size; i++)
        {
            var j = random.Next(i, pool.Length);
            (pool[i], pool[j]) = (pool[j], pool[i]);
            _items.Add(new DeliveryVerificationItem(Guid.NewGuid(), Id, pool[i]));
        }
        PopulationCount = population.Count;
        SampledCount = size;
    }

    /// <summary>What the verifier found for one sampled delivery; recording again corrects it.</summary>
    /// <param name="amountReceived">VND: required when something arrived; empty or 0 when nothing did.</param>
    public DeliveryVerificationItem Record(Guid itemId, VerificationOutcome outcome, long? amountReceived, string? note, Guid? verifiedBy, DateTime time)
    {
        var item = _items.FirstOrDefault(i => i.Id == itemId)
                   ?? throw new BusinessException(BeneficiariesErrorCodes.VerificationItemUnknown).WithMember(nameof(RecordVerificationOutcomeDto.ItemId));
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        switch (outcome)
        {
            case VerificationOutcome.Pending:
                throw new BusinessException(BeneficiariesErrorCodes.VerificationOutcomeRequired).WithMember(nameof(DeliveryVerificationItem.Outcome));
            case VerificationOutcome.NotReceived when amountReceived is > 0:
                throw new BusinessException(BeneficiariesErrorCodes.AmountReceivedWhenNotReceived).WithMember(nameof(DeliveryVerificationItem.AmountReceived));
            case VerificationOutcome.Received or VerificationOutcome.ReceivedWithIssues when amountReceived is null:
                throw new BusinessException(BeneficiariesErrorCodes.AmountReceivedRequired).WithMember(nameof(DeliveryVerificationItem.AmountReceived));
            case VerificationOutcome.ReceivedWithIssues when note is null:
                // "With issues" is only useful with what the issue was.
                throw new BusinessException(BeneficiariesErrorCodes.IssuesNeedNote).WithMember(nameof(DeliveryVerificationItem.Note));
        }
        if (amountReceived is < 0 or > SponsorshipConsts.MaxValue)
        {
            throw new BusinessException(BeneficiariesErrorCodes.AmountReceivedOutOfRange)
                .WithData("max", SponsorshipConsts.MaxValue).WithMember(nameof(DeliveryVerificationItem.AmountReceived));
        }
        if (item.Outcome == VerificationOutcome.Pending)
        {
            VerifiedCount++;
        }
        item.Record(outcome, outcome == VerificationOutcome.NotReceived ? 0 : amountReceived, note, verifiedBy, time);
        return item;
    }

    /// <summary>The figures of a group of sampled deliveries (a sponsor's, a unit's, the round's).</summary>
    public static VerificationTally Tally(IEnumerable<DeliveryVerificationItem> items)
    {
        int sampled = 0, received = 0, notReceived = 0, withIssues = 0;
        foreach (var item in items)
        {
            sampled++;
            switch (item.Outcome)
            {
                case VerificationOutcome.Received: received++; break;
                case VerificationOutcome.NotReceived: notReceived++; break;
                case VerificationOutcome.ReceivedWithIssues: withIssues++; break;
            }
        }
        return new VerificationTally(sampled, received, notReceived, withIssues);
    }
}

/// <summary>Counts of sampled deliveries by outcome; the rate is the share of the verified ones that arrived.</summary>
public sealed record VerificationTally(int Sampled, int Received, int NotReceived, int WithIssues)
{
    public int Verified => Received + NotReceived + WithIssues;

    /// <summary>Received, with issues or not, over verified; null while none is verified.</summary>
    public decimal? Rate => Verified == 0 ? null : Math.Round((decimal)(Received + WithIssues) / Verified, 4);
}
