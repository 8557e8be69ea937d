using Humanitarian.Campaigns.Activities;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Targets;
using Humanitarian.Campaigns.Tasks;

namespace Humanitarian.Campaigns.Data.Seeding;

// The rows of seeds/<tenant>/campaigns.json (seeds/README.md): Organization's units by code, its committee
// by name, documents by number; a task's figures name the campaign's target.

internal sealed record CampaignSeed(
    string Name, CampaignKind Kind, CampaignRecurrence Recurrence, DateOnly StartDate, DateOnly EndDate, string? Purposes,
    string? Committee, List<string>? LegalBasis, List<string>? Participants, List<ThemeSeed>? Themes,
    List<TargetSeed>? Targets, List<TaskSeed>? Tasks, List<ActivitySeed>? Activities);

internal sealed record ThemeSeed(int Year, string Theme);

internal sealed record TargetSeed(string Name, TargetMetric Metric, decimal Goal, CampaignActivityKind? ActivityKind, int? Year);

/// <param name="Submitted">UTC; null leaves the task open (overdue once its due date is past).</param>
internal sealed record TaskSeed(
    string Unit, string Title, string? Description, DateOnly DueDate, int? Year, DateTime? Submitted, string? ReportNote,
    List<FigureSeed>? Figures, ReviewSeed? Review);

internal sealed record FigureSeed(string Target, decimal Value);

/// <param name="Outcome">Accepted, or Returned (with a comment saying what to change).</param>
internal sealed record ReviewSeed(TaskAssignmentStatus Outcome, string? Comment, DateTime Time);

internal sealed record ActivitySeed(
    string Unit, CampaignActivityKind Kind, DateOnly Date, string Title, string? Place, int? Participants, long? AmountRaised, string? Note);
