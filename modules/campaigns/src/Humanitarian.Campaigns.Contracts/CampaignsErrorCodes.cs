namespace Humanitarian.Campaigns;

/// <summary>
/// Codes of the module's business errors; each is a key of the module's resource ("Campaigns:X") whose
/// text names the exception's data, e.g. {dueDate}.
/// </summary>
public static class CampaignsErrorCodes
{
    public const string EndBeforeStart = "Campaigns:EndBeforeStart";
    public const string RecurringPeriodTooLong = "Campaigns:RecurringPeriodTooLong";
    public const string InvalidStatusChange = "Campaigns:InvalidStatusChange";
    public const string CampaignNotOpen = "Campaigns:CampaignNotOpen";
    public const string NotRecurring = "Campaigns:NotRecurring";
    public const string YearOutsideCampaign = "Campaigns:YearOutsideCampaign";
    public const string UnknownUnit = "Campaigns:UnknownUnit";
    public const string UnknownCommittee = "Campaigns:UnknownCommittee";
    public const string UnknownDocument = "Campaigns:UnknownDocument";
    public const string UnitOutsideScope = "Campaigns:UnitOutsideScope";
    public const string DueDateOutsideCampaign = "Campaigns:DueDateOutsideCampaign";
    public const string ActivityDateOutsideCampaign = "Campaigns:ActivityDateOutsideCampaign";
    public const string ActivityKindRequired = "Campaigns:ActivityKindRequired";
    public const string TaskNotOpen = "Campaigns:TaskNotOpen";
    public const string TaskNotSubmitted = "Campaigns:TaskNotSubmitted";
    public const string ReportLocked = "Campaigns:ReportLocked";
    public const string TaskNotLocked = "Campaigns:TaskNotLocked";
    public const string FigureForUnknownTarget = "Campaigns:FigureForUnknownTarget";
    public const string ReturnCommentRequired = "Campaigns:ReturnCommentRequired";
    public const string CampaignHasRecords = "Campaigns:CampaignHasRecords";
    public const string UnknownCampaign = "Campaigns:UnknownCampaign";
    public const string TaskHasReport = "Campaigns:TaskHasReport";
    public const string ReportNotEditable = "Campaigns:ReportNotEditable";
    public const string TooManyAttachments = "Campaigns:TooManyAttachments";
    public const string CampaignNotClosed = "Campaigns:CampaignNotClosed";
    public const string OccurrenceNotEnded = "Campaigns:OccurrenceNotEnded";
    public const string AlreadySummarised = "Campaigns:AlreadySummarised";
}
