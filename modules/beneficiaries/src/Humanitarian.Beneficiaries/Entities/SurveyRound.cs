using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// The yearly survey of humanitarian addresses (source 001: dossiers in before 1 March). Each unit asked
/// to survey gets a Campaigns task with the round's deadline, so submitting, lateness and the e-mail
/// reminders are the campaign's own; the round keeps which task is which unit's. After a merger the
/// heir reads its predecessors' rounds as it reads their tasks.
/// </summary>
public sealed class SurveyRound : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly Deadline { get; private set; }
    public List<SurveyRoundUnit> Units { get; private set; } = [];

    private SurveyRound() { }

    /// <param name="deadline">By the end of February of <paramref name="year"/>, in that year.</param>
    public SurveyRound(Guid id, Guid campaignId, int year, string title, DateOnly deadline) : base(id)
    {
        if (deadline.Year != year || deadline.Month > 2)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SurveyDeadlineNotBeforeMarch).WithData("year", year).WithMember("Deadline");
        }
        (CampaignId, Year, Title, Deadline) = (campaignId, year, title.Trim(), deadline);
    }

    /// <summary>The last day a round of <paramref name="year"/> may have as its deadline, and its default.</summary>
    public static DateOnly LatestDeadline(int year) => new DateOnly(year, 3, 1).AddDays(-1);

    public void Assign(Guid unitId, Guid taskAssignmentId)
    {
        if (Units.Any(u => u.UnitId == unitId))
        {
            throw new BusinessException(BeneficiariesErrorCodes.SurveyUnitTwice).WithMember("UnitIds");
        }
        Units.Add(new SurveyRoundUnit(Guid.NewGuid(), Id, unitId, taskAssignmentId));
    }

    /// <summary>
    /// The survey dates that count for the round: the twelve months up to its deadline, and late
    /// dossiers after it in the same year.
    /// </summary>
    public (DateOnly From, DateOnly To) SurveyPeriod => (Deadline.AddYears(-1).AddDays(1), new DateOnly(Year, 12, 31));
}

/// <summary>A unit asked to survey in a round, and the Campaigns task that tracks its dossier.</summary>
public sealed class SurveyRoundUnit : Entity<Guid>
{
    public Guid SurveyRoundId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid TaskAssignmentId { get; private set; }

    private SurveyRoundUnit() { }

    internal SurveyRoundUnit(Guid id, Guid surveyRoundId, Guid unitId, Guid taskAssignmentId) : base(id) =>
        (SurveyRoundId, UnitId, TaskAssignmentId) = (surveyRoundId, unitId, taskAssignmentId);
}
