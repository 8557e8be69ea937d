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

    /// <summary>Its due date (Asia/Ho_Chi_Minh) has passed and it is not fulfilled.</summary>
    public bool IsOverdue { get; set; }

    public string ConcurrencyStamp { get; set; } = "";
}

public class UpdatePledgeDto
{
    [Range(1, FundraisingConsts.MaxAmount)]
    public long Amount { get; set; }

    public DateOnly DueDate { get; set; }

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
