using Humanitarian.Campaigns.Domain.Reminders;
using Humanitarian.Campaigns.Reminders;

namespace Humanitarian.Campaigns.Tests.Domain;

/// <summary>The reminder policy's calendar, day by day around a due date, without host or database.</summary>
public sealed class ReminderPolicy_Tests
{
    private static readonly DateOnly DueDate = new(2025, 6, 10);
    private static readonly ReminderPolicy Policy = new();

    [Theory]
    [InlineData(-8, null, 0)]
    [InlineData(-7, ReminderStep.Before7Days, -7)]
    [InlineData(-2, ReminderStep.Before7Days, -7)]
    [InlineData(-1, ReminderStep.Before1Day, -1)]
    [InlineData(0, ReminderStep.Before1Day, -1)]
    [InlineData(1, ReminderStep.Overdue1Day, 1)]
    [InlineData(3, ReminderStep.Overdue1Day, 1)]
    [InlineData(4, ReminderStep.OverdueRepeat, 4)]
    [InlineData(6, ReminderStep.OverdueRepeat, 4)]
    [InlineData(7, ReminderStep.Escalation, 7)]
    [InlineData(9, ReminderStep.Escalation, 7)]
    [InlineData(10, ReminderStep.Escalation, 10)]
    [InlineData(100, ReminderStep.Escalation, 100)]
    public void Should_give_the_latest_step_scheduled_on_or_before_the_day(int daysFromDue, ReminderStep? step, int scheduledFromDue)
    {
        var due = Policy.LatestDue(DueDate, DueDate.AddDays(daysFromDue));

        if (step is null)
        {
            due.ShouldBeNull();
            return;
        }
        due.ShouldBe(new ScheduledReminder(step.Value, DueDate.AddDays(scheduledFromDue)));
    }

    [Fact]
    public void Should_follow_the_tenants_days()
    {
        var policy = new ReminderPolicy(FirstNoticeDays: 10, LastNoticeDays: 2, RepeatEveryDays: 5, EscalateAfterDays: 15);

        policy.LatestDue(DueDate, DueDate.AddDays(-10)).ShouldBe(new ScheduledReminder(ReminderStep.Before7Days, DueDate.AddDays(-10)));
        policy.LatestDue(DueDate, DueDate.AddDays(-2)).ShouldBe(new ScheduledReminder(ReminderStep.Before1Day, DueDate.AddDays(-2)));
        policy.LatestDue(DueDate, DueDate.AddDays(6)).ShouldBe(new ScheduledReminder(ReminderStep.OverdueRepeat, DueDate.AddDays(6)));
        policy.LatestDue(DueDate, DueDate.AddDays(11)).ShouldBe(new ScheduledReminder(ReminderStep.OverdueRepeat, DueDate.AddDays(11)));
        policy.LatestDue(DueDate, DueDate.AddDays(16)).ShouldBe(new ScheduledReminder(ReminderStep.Escalation, DueDate.AddDays(16)));
    }

    [Theory]
    [InlineData(7, 1, 3, 7, true)]
    [InlineData(0, 0, 1, 1, true)]
    [InlineData(1, 7, 3, 7, false)]
    [InlineData(7, 1, 0, 7, false)]
    [InlineData(7, 1, 3, 0, false)]
    [InlineData(91, 1, 3, 7, false)]
    public void Should_accept_only_a_policy_whose_days_make_sense(int first, int last, int repeat, int escalate, bool valid) =>
        new ReminderPolicy(first, last, repeat, escalate).IsValid.ShouldBe(valid);
}
