using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Domain.Campaigns;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;

namespace Humanitarian.Campaigns.Entities;

/// <summary>
/// A campaign plan (cuộc vận động, kế hoạch, phong trào): its period, possibly coming back every year,
/// its status, the units it is addressed to and the documents it rests on. Closed campaigns stay with
/// the legal heir of a closed tenant as read-only records.
/// </summary>
public sealed class Campaign : FullAuditedAggregateRoot<Guid>, IInheritedByLegalHeir
{
    private readonly List<CampaignParticipant> _participants = [];
    private readonly List<CampaignLegalBasis> _legalBasis = [];
    private readonly List<CampaignYearTheme> _themes = [];

    public Guid? TenantId { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public CampaignKind Kind { get; private set; }
    public CampaignStatus Status { get; private set; }
    public CampaignRecurrence Recurrence { get; private set; }

    /// <summary>The period of the first (or only) run; every later occurrence is worked out from it.</summary>
    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>For a recurring campaign, the last day of any occurrence is unbounded: null. Else the end date.</summary>
    public DateOnly? LastDay { get; private set; }

    /// <summary>Mục đích, yêu cầu.</summary>
    public string? Purposes { get; private set; }

    /// <summary>The steering committee (Organization).</summary>
    public Guid? CommitteeId { get; private set; }

    public IReadOnlyList<CampaignParticipant> Participants => _participants;
    public IReadOnlyList<CampaignLegalBasis> LegalBasis => _legalBasis;
    public IReadOnlyList<CampaignYearTheme> Themes => _themes;

    private Campaign() { }

    public Campaign(Guid id, string name, CampaignKind kind, CampaignRecurrence recurrence, DateOnly startDate, DateOnly endDate,
        CampaignStatus status = CampaignStatus.Active) : base(id)
    {
        Rename(name);
        Kind = kind;
        Status = status;
        SetPeriod(recurrence, startDate, endDate);
    }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = SearchText.Normalize(Name);
    }

    public void Describe(CampaignKind kind, string? purposes, Guid? committeeId)
    {
        Kind = kind;
        Purposes = string.IsNullOrWhiteSpace(purposes) ? null : purposes.Trim();
        CommitteeId = committeeId;
    }

    /// <exception cref="BusinessException">The end is before the start, or a recurring period lasts a year or more.</exception>
    public void SetPeriod(CampaignRecurrence recurrence, DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate)
        {
            throw new BusinessException(CampaignsErrorCodes.EndBeforeStart).WithMember("endDate");
        }
        if (recurrence != CampaignRecurrence.None && endDate >= startDate.AddYears(1))
        {
            throw new BusinessException(CampaignsErrorCodes.RecurringPeriodTooLong).WithMember("endDate");
        }
        Recurrence = recurrence;
        StartDate = startDate;
        EndDate = endDate;
        LastDay = recurrence == CampaignRecurrence.None ? endDate : null;
    }

    /// <summary>Forward only: Draft → Active → Closed → Summarised (a step may be skipped, never undone).</summary>
    public void ChangeStatus(CampaignStatus status)
    {
        if (status < Status)
        {
            throw new BusinessException(CampaignsErrorCodes.InvalidStatusChange)
                .WithData("from", Status).WithData("to", status).WithMember("status");
        }
        Status = status;
    }

    /// <summary>Tasks, reports and activities are recorded while the plan is a draft or running.</summary>
    public bool IsOpen => Status is CampaignStatus.Draft or CampaignStatus.Active;

    /// <exception cref="BusinessException">The campaign is closed or summarised.</exception>
    public void CheckOpen()
    {
        if (!IsOpen)
        {
            throw new BusinessException(CampaignsErrorCodes.CampaignNotOpen).WithData("status", Status);
        }
    }

    /// <summary>
    /// The days a summary covers: a one-off campaign as a whole, a recurring campaign's run of
    /// <paramref name="year"/> (by default the latest begun by <paramref name="today"/>).
    /// </summary>
    /// <returns>The run, with the year of a one-off campaign's end.</returns>
    /// <exception cref="BusinessException">The campaign does not run that year.</exception>
    public OccurrencePeriod SummaryPeriod(int? year, DateOnly today)
    {
        if (Recurrence == CampaignRecurrence.None)
        {
            return new OccurrencePeriod(FirstYear, StartDate, EndDate);
        }
        return year is { } y
            ? OccurrenceOf(y) ?? throw new BusinessException(CampaignsErrorCodes.YearOutsideCampaign).WithData("year", y).WithMember("year")
            : OccurrencesBetween(StartDate, today).LastOrDefault() ?? OccurrenceOf(FirstYear)!;
    }

    /// <summary>
    /// Closing produces the summary: a one-off campaign once it is closed (it becomes summarised), a
    /// recurring campaign's run once its last day has passed (the campaign runs on).
    /// </summary>
    /// <exception cref="BusinessException">The campaign is not closed, or the run has not ended.</exception>
    public void Summarise(OccurrencePeriod period, DateOnly today)
    {
        if (Recurrence == CampaignRecurrence.None)
        {
            if (Status != CampaignStatus.Closed)
            {
                throw new BusinessException(CampaignsErrorCodes.CampaignNotClosed).WithData("status", Status);
            }
            Status = CampaignStatus.Summarised;
        }
        else if (period.EndDate >= today)
        {
            throw new BusinessException(CampaignsErrorCodes.OccurrenceNotEnded)
                .WithData("year", period.Year).WithData("endDate", period.EndDate).WithMember("year");
        }
    }

    /// <summary>The year of the first run, whose theme is the campaign's own.</summary>
    public int FirstYear => CampaignOccurrences.YearOf(Recurrence, EndDate);

    /// <summary>The run of <paramref name="year"/>; null when the campaign does not run that year.</summary>
    public OccurrencePeriod? OccurrenceOf(int year) => CampaignOccurrences.For(Recurrence, StartDate, EndDate, year);

    /// <summary>Some day of the calendar year <paramref name="year"/> falls in the campaign (any of its runs).</summary>
    public bool RunsIn(int year) => OccurrencesBetween(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count > 0;

    /// <summary>The runs sharing a day with <paramref name="from"/>..<paramref name="to"/>.</summary>
    public IReadOnlyList<OccurrencePeriod> OccurrencesBetween(DateOnly from, DateOnly to) =>
        CampaignOccurrences.Overlapping(Recurrence, StartDate, EndDate, from, to);

    /// <summary>
    /// The run a task due on <paramref name="dueDate"/> belongs to: a due date falls inside the period, or
    /// within the <paramref name="reportDays"/> after it when the task is the report on it ("báo cáo kết quả
    /// Tháng Nhân đạo trước 10/6").
    /// </summary>
    /// <param name="year">A recurring campaign's run; by default the one the due date belongs to.</param>
    /// <returns>The occurrence's year, or null for a one-off campaign.</returns>
    /// <exception cref="BusinessException">No such run, or the due date is outside it.</exception>
    public int? RunOfDueDate(DateOnly dueDate, int? year, int reportDays)
    {
        var occurrence = Recurrence == CampaignRecurrence.None
            ? new OccurrencePeriod(FirstYear, StartDate, EndDate)
            : year is { } y
                ? OccurrenceOf(y) ?? throw new BusinessException(CampaignsErrorCodes.YearOutsideCampaign).WithData("year", y).WithMember("year")
                : OccurrencesBetween(dueDate.AddDays(-reportDays), dueDate).LastOrDefault() ?? OccurrenceOf(FirstYear)!;
        if (dueDate < occurrence.StartDate || dueDate > occurrence.EndDate.AddDays(reportDays))
        {
            throw new BusinessException(CampaignsErrorCodes.DueDateOutsideCampaign)
                .WithData("from", occurrence.StartDate).WithData("to", occurrence.EndDate.AddDays(reportDays)).WithMember("dueDate");
        }
        return Recurrence == CampaignRecurrence.None ? null : occurrence.Year;
    }

    /// <summary>The run a day of the campaign (an activity's) belongs to.</summary>
    /// <returns>The run's year, or null for a one-off campaign or a day outside every run.</returns>
    public int? RunOfDay(DateOnly day) =>
        Recurrence == CampaignRecurrence.None ? null : OccurrencesBetween(day, day).LastOrDefault()?.Year;

    /// <summary>The last day reports are taken for the run of <paramref name="year"/> (or the whole campaign): its end and the report days.</summary>
    public DateOnly ReportLockDate(int? year, int reportDays) =>
        ((year is { } y ? OccurrenceOf(y)?.EndDate : null) ?? EndDate).AddDays(reportDays);

    /// <summary>An activity counts for the campaign on a day of one of its runs.</summary>
    /// <exception cref="BusinessException">The day is outside every run.</exception>
    public void CheckActivityDate(DateOnly date)
    {
        if (OccurrencesBetween(date, date).Count == 0)
        {
            throw new BusinessException(CampaignsErrorCodes.ActivityDateOutsideCampaign).WithData("date", date).WithMember("date");
        }
    }

    /// <summary>The year's theme; the first year's is the campaign's own theme.</summary>
    public string? ThemeOf(int year) => _themes.FirstOrDefault(t => t.Year == year)?.Theme;

    public void SetTheme(int year, string? theme)
    {
        if (OccurrenceOf(year) is null)
        {
            throw new BusinessException(CampaignsErrorCodes.YearOutsideCampaign).WithData("year", year).WithMember("year");
        }
        _themes.RemoveAll(t => t.Year == year);
        if (!string.IsNullOrWhiteSpace(theme))
        {
            _themes.Add(new CampaignYearTheme(Guid.NewGuid(), Id, year, theme.Trim()));
        }
    }

    /// <summary>Makes the participants exactly <paramref name="unitIds"/>, keeping the rows of those that stay.</summary>
    public void SetParticipants(IEnumerable<Guid> unitIds)
    {
        var wanted = unitIds.Distinct().ToList();
        _participants.RemoveAll(p => !wanted.Contains(p.UnitId));
        foreach (var unitId in wanted.Where(id => _participants.All(p => p.UnitId != id)))
        {
            _participants.Add(new CampaignParticipant(Guid.NewGuid(), Id, unitId));
        }
    }

    public void SetLegalBasis(IEnumerable<Guid> documentIds)
    {
        var wanted = documentIds.Distinct().ToList();
        _legalBasis.RemoveAll(b => !wanted.Contains(b.DocumentId));
        foreach (var documentId in wanted.Where(id => _legalBasis.All(b => b.DocumentId != id)))
        {
            _legalBasis.Add(new CampaignLegalBasis(Guid.NewGuid(), Id, documentId));
        }
    }

    /// <summary>A unit that left the tenant (reorganisation) is no longer addressed.</summary>
    public void RemoveParticipant(Guid unitId) => _participants.RemoveAll(p => p.UnitId == unitId);
}
