using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Fundraising.Pledges;

public sealed class PledgeDto : AuditedEntityDto<Guid>, IHasConcurrencyStamp
{
    public Guid FundId { get; set; }
    public string FundName { get; set; } = "";
    public Guid DonorId { get; set; }
    public string DonorName { get; set; } = "";
    public long Amount { get; set; }
    public DateOnly DueDate { get; set; }

    /// <summary>The unit that collects it: its contacts are reminded when it is overdue (never the donor).</summary>
    public Guid? CollectingUnitId { get; set; }

    public string? Note { get; set; }

    /// <summary>What the donations recorded against it brought, cancelled ones left out.</summary>
    public long FulfilledAmount { get; set; }

    /// <summary>An instalment's day (Asia/Ho_Chi_Minh) has passed without what was due by then.</summary>
    public bool IsOverdue { get; set; }

    /// <summary>In date order; a pledge given at once has one.</summary>
    public List<PledgeInstalmentDto> Instalments { get; set; } = [];

    /// <summary>The day of the first instalment not yet covered; null once fulfilled.</summary>
    public DateOnly? NextDueDate { get; set; }

    public string ConcurrencyStamp { get; set; } = "";
}

public sealed class PledgeInstalmentDto
{
    public DateOnly DueDate { get; set; }

    [Range(1, FundraisingConsts.MaxAmount)]
    public long Amount { get; set; }
}

public class UpdatePledgeDto
{
    /// <summary>The whole promise; with instalments, their sum.</summary>
    [Range(1, FundraisingConsts.MaxAmount)]
    public long Amount { get; set; }

    /// <summary>When it is all due; with instalments, may be left out (it is the last one's day).</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The promise in parts (at most 60, one a day at most); none for a pledge given at once.</summary>
    public List<PledgeInstalmentDto>? Instalments { get; set; }

    public Guid? CollectingUnitId { get; set; }

    [StringLength(FundraisingConsts.MaxTextLength)]
    public string? Note { get; set; }

    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The fund and the donor are fixed at creation.</summary>
public sealed class CreatePledgeDto : UpdatePledgeDto
{
    public Guid FundId { get; set; }
    public Guid DonorId { get; set; }
}

public sealed class PledgeListInput : PagedAndSortedResultRequestDto
{
    public Guid? FundId { get; set; }
    public Guid? DonorId { get; set; }

    /// <summary>True: overdue ones only.</summary>
    public bool? IsOverdue { get; set; }
}
