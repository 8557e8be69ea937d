using Humanitarian.Campaigns.Entities;
using Humanitarian.Campaigns.Tasks;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Campaigns.Tests.Domain;

/// <summary>A task's report workflow and its calendar days in Vietnam (UTC+7), without host or database.</summary>
public sealed class TaskAssignment_Tests
{
    private static readonly DateOnly DueDate = new(2024, 6, 10);
    private static readonly DateOnly LockDate = new(2024, 6, 30);

    private static TaskAssignment NewTask() =>
        new(Guid.NewGuid(), Guid.NewGuid(), 2024, Guid.NewGuid(), "Báo cáo kết quả Tháng Nhân đạo", null, DueDate);

    [Fact]
    public void Should_count_a_report_sent_at_23_30_in_hanoi_on_the_due_date_as_on_time()
    {
        var task = NewTask();
        // 16:30 UTC on 10 June is 23:30 in Hà Nội, still the due date there.
        task.Submit("Đã tổ chức 12 buổi tuyên truyền", [], new DateTime(2024, 6, 10, 16, 30, 0, DateTimeKind.Utc), LockDate);

        task.Status.ShouldBe(TaskAssignmentStatus.Submitted);
        task.IsOnTime.ShouldBe(true);
    }

    [Fact]
    public void Should_count_a_report_sent_at_00_30_in_hanoi_the_day_after_as_late()
    {
        var task = NewTask();
        // 17:30 UTC on 10 June is already 00:30 on 11 June in Hà Nội.
        task.Submit(null, [], new DateTime(2024, 6, 10, 17, 30, 0, DateTimeKind.Utc), LockDate);

        task.IsOnTime.ShouldBe(false);
    }

    [Fact]
    public void Should_be_overdue_only_from_the_day_after_the_due_date_while_the_report_is_owed()
    {
        var task = NewTask();

        task.IsOverdueOn(DueDate).ShouldBeFalse();
        task.IsOverdueOn(DueDate.AddDays(1)).ShouldBeTrue();
        task.Submit(null, [], new DateTime(2024, 6, 12, 2, 0, 0, DateTimeKind.Utc), LockDate);
        task.IsOverdueOn(DueDate.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Should_reopen_a_returned_report_for_the_unit_and_take_it_again()
    {
        var task = NewTask();
        task.Submit("Bản đầu", [], new DateTime(2024, 6, 5, 3, 0, 0, DateTimeKind.Utc), LockDate);

        task.Return("Thiếu số liệu hiến máu", Guid.NewGuid(), new DateTime(2024, 6, 6, 3, 0, 0, DateTimeKind.Utc));
        task.Status.ShouldBe(TaskAssignmentStatus.Returned);
        task.AwaitsReport.ShouldBeTrue();
        task.Submit("Bản bổ sung", [], new DateTime(2024, 6, 7, 3, 0, 0, DateTimeKind.Utc), LockDate);

        task.Status.ShouldBe(TaskAssignmentStatus.Submitted);
        task.ReportNote.ShouldBe("Bản bổ sung");
    }

    [Fact]
    public void Should_refuse_to_return_a_report_without_saying_why() =>
        Should.Throw<BusinessException>(() =>
        {
            var task = NewTask();
            task.Submit(null, [], new DateTime(2024, 6, 5, 3, 0, 0, DateTimeKind.Utc), LockDate);
            task.Return("  ", null, new DateTime(2024, 6, 6, 3, 0, 0, DateTimeKind.Utc));
        }).Code.ShouldBe(CampaignsErrorCodes.ReturnCommentRequired);

    [Fact]
    public void Should_refuse_to_accept_a_report_not_submitted() =>
        Should.Throw<BusinessException>(() => NewTask().Accept(null, null, DateTime.UtcNow)).Code.ShouldBe(CampaignsErrorCodes.TaskNotSubmitted);

    [Fact]
    public void Should_refuse_a_report_after_its_lock_date_until_reopened()
    {
        var task = NewTask();
        var afterLock = new DateTime(2024, 7, 1, 3, 0, 0, DateTimeKind.Utc);

        Should.Throw<BusinessException>(() => task.Submit(null, [], afterLock, LockDate)).Code.ShouldBe(CampaignsErrorCodes.ReportLocked);
        task.Reopen(new DateOnly(2024, 7, 1), LockDate);
        task.Submit("Nộp muộn, đã được mở lại", [], afterLock, LockDate);

        task.Status.ShouldBe(TaskAssignmentStatus.Submitted);
        task.IsOnTime.ShouldBe(false);
    }

    [Fact]
    public void Should_refuse_to_reopen_a_report_that_is_not_locked() =>
        Should.Throw<BusinessException>(() => NewTask().Reopen(new DateOnly(2024, 6, 20), LockDate)).Code.ShouldBe(CampaignsErrorCodes.TaskNotLocked);

    [Fact]
    public void Should_keep_a_submitted_task_from_being_deleted()
    {
        var task = NewTask();
        task.CheckNeverReported();
        task.Submit(null, [], new DateTime(2024, 6, 5, 3, 0, 0, DateTimeKind.Utc), LockDate);

        Should.Throw<BusinessException>(task.CheckNeverReported).Code.ShouldBe(CampaignsErrorCodes.TaskHasReport);
    }
}
