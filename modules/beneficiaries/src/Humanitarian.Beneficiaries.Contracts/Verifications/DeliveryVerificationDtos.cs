using System.ComponentModel.DataAnnotations;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Verifications;

/// <summary>A verification round (đợt xác minh) as the list shows it: its period, how it sampled, how far it is.</summary>
public class DeliveryVerificationDto : CreationAuditedEntityDto<Guid>
{
    public string? Name { get; set; }

    /// <summary>First day of the period whose deliveries were sampled.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day of the period, included.</summary>
    public DateOnly To { get; set; }

    /// <summary>The share of the period's deliveries asked for; null when a size was.</summary>
    public int? SamplePercent { get; set; }

    /// <summary>The number of deliveries asked for; null when a share was.</summary>
    public int? SampleSize { get; set; }

    /// <summary>How many deliveries the period held (those the drawer could see) when the sample was drawn.</summary>
    public int PopulationCount { get; set; }

    public int SampledCount { get; set; }

    /// <summary>Sampled deliveries whose outcome is recorded.</summary>
    public int VerifiedCount { get; set; }
}

/// <summary>A round with its sampled deliveries.</summary>
public sealed class DeliveryVerificationWithItemsDto : DeliveryVerificationDto
{
    public IReadOnlyList<DeliveryVerificationItemDto> Items { get; set; } = [];
}

public sealed class DeliveryVerificationItemDto : EntityDto<Guid>
{
    public Guid SupportDeliveryId { get; set; }
    public Guid SponsorshipId { get; set; }
    public Guid HumanitarianAddressId { get; set; }
    public string HumanitarianAddressName { get; set; } = "";
    public string SponsorName { get; set; } = "";

    /// <summary>The day the delivery was recorded as given.</summary>
    public DateOnly DeliveryDate { get; set; }

    /// <summary>The delivery's VND value when the sample was drawn.</summary>
    public long DeliveredValue { get; set; }

    public VerificationOutcome Outcome { get; set; }

    /// <summary>VND the address says it received; null until recorded, 0 when nothing was.</summary>
    public long? AmountReceived { get; set; }

    public string? Note { get; set; }
    public Guid? VerifiedBy { get; set; }
    public DateTime? VerificationTime { get; set; }
}

/// <summary>A round over the deliveries of a period: a share of them (1–100%) or a number of them (1–1000), not both.</summary>
public sealed class CreateDeliveryVerificationDto
{
    [StringLength(DeliveryVerificationConsts.MaxNameLength)]
    public string? Name { get; set; }

    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    [Range(1, DeliveryVerificationConsts.MaxSamplePercent)]
    public int? SamplePercent { get; set; }

    [Range(1, DeliveryVerificationConsts.MaxSampleSize)]
    public int? SampleSize { get; set; }
}

/// <summary>What the verifier found for one sampled delivery; recording it again corrects it.</summary>
public sealed class RecordVerificationOutcomeDto
{
    public Guid ItemId { get; set; }

    [EnumDataType(typeof(VerificationOutcome))]
    public VerificationOutcome Outcome { get; set; }

    /// <summary>VND received: required when something was received, empty or 0 when nothing was.</summary>
    [Range(0, SponsorshipConsts.MaxValue)]
    public long? AmountReceived { get; set; }

    [StringLength(DeliveryVerificationConsts.MaxNoteLength)]
    public string? Note { get; set; }
}

/// <summary>Rounds are few (a handful a year): paged and sorted, not searched.</summary>
public sealed class DeliveryVerificationListInput : PagedAndSortedResultRequestDto;

/// <summary>The round's figures per sponsor and per surveying unit.</summary>
public sealed class DeliveryVerificationRatesDto
{
    public IReadOnlyList<SponsorVerificationRateDto> BySponsor { get; set; } = [];
    public IReadOnlyList<UnitVerificationRateDto> ByUnit { get; set; } = [];
}

/// <summary>
/// Counts of one group of sampled deliveries. <see cref="Rate"/> is the share of the verified ones that
/// reached the address (received, with issues or not); null while none is verified.
/// </summary>
public abstract class VerificationRateDto
{
    public int Sampled { get; set; }
    public int Verified { get; set; }
    public int Received { get; set; }
    public int NotReceived { get; set; }
    public int WithIssues { get; set; }

    /// <summary>Between 0 and 1, four decimals.</summary>
    public decimal? Rate { get; set; }
}

public sealed class SponsorVerificationRateDto : VerificationRateDto
{
    public SponsorKind SponsorKind { get; set; }

    /// <summary>The unit, committee member or donor; null for a sponsor known by name only.</summary>
    public Guid? SponsorId { get; set; }

    public string SponsorName { get; set; } = "";
}

public sealed class UnitVerificationRateDto : VerificationRateDto
{
    /// <summary>The unit that surveyed the addresses; null for the addresses no unit surveyed.</summary>
    public Guid? UnitId { get; set; }

    /// <summary>Empty when <see cref="UnitId"/> is null or the unit no longer exists.</summary>
    public string UnitName { get; set; } = "";
}
