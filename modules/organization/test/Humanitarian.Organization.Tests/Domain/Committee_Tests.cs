using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;

namespace Humanitarian.Organization.Tests.Domain;

/// <summary>The committee's own rules, without host or database: seats, terms and their order.</summary>
public sealed class Committee_Tests
{
    private static readonly DateOnly Jan2024 = new(2024, 1, 1);

    private static Committee NewCommittee() => new(Guid.NewGuid(), "Ban chỉ đạo Tháng Nhân đạo", CommitteeKind.SteeringCommittee);

    [Fact]
    public void Should_refuse_a_second_head_during_the_same_period()
    {
        var committee = NewCommittee();
        committee.AddMember("Nguyễn Văn An", CommitteePosition.Head, Jan2024);

        var refused = Should.Throw<BusinessException>(() =>
            committee.AddMember("Trần Thị Bình", CommitteePosition.Head, new DateOnly(2025, 3, 1)));

        refused.Code.ShouldBe(OrganizationErrorCodes.PositionAlreadyHeld);
        refused.Members.ShouldBe([nameof(CommitteeMember.Position)]);
        refused.Data["holder"].ShouldBe("Nguyễn Văn An");
        committee.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_seat_a_new_head_after_the_previous_term_ended_and_many_members_at_once()
    {
        var committee = NewCommittee();
        committee.AddMember("Nguyễn Văn An", CommitteePosition.Head, Jan2024, new DateOnly(2024, 12, 31));
        committee.AddMember("Trần Thị Bình", CommitteePosition.Head, new DateOnly(2025, 1, 1));
        committee.AddMember("Lê Văn Cường", CommitteePosition.Member, Jan2024);
        committee.AddMember("Phạm Thị Dung", CommitteePosition.Member, Jan2024);

        committee.Members.Count.ShouldBe(4);
    }

    [Fact]
    public void Should_refuse_a_term_that_ends_before_it_starts()
    {
        var refused = Should.Throw<BusinessException>(() =>
            NewCommittee().AddMember("Nguyễn Văn An", CommitteePosition.Member, Jan2024, Jan2024.AddDays(-1)));

        refused.Code.ShouldBe(OrganizationErrorCodes.TermEndBeforeStart);
        refused.Members.ShouldBe([nameof(CommitteeMember.TermEnd)]);
    }

    [Fact]
    public void Should_end_the_replaced_term_the_day_before_the_successor_starts()
    {
        var committee = NewCommittee();
        var head = committee.AddMember("Nguyễn Văn An", CommitteePosition.Head, Jan2024);

        var successor = committee.ReplaceMember(head.Id, "Trần Thị Bình", null, new DateOnly(2025, 6, 1));

        head.TermEnd.ShouldBe(new DateOnly(2025, 5, 31));
        successor.Position.ShouldBe(CommitteePosition.Head);
        successor.TermStart.ShouldBe(new DateOnly(2025, 6, 1));
        successor.TermEnd.ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_a_successor_starting_on_or_before_the_replaced_term()
    {
        var committee = NewCommittee();
        var head = committee.AddMember("Nguyễn Văn An", CommitteePosition.Head, Jan2024);

        var refused = Should.Throw<BusinessException>(() => committee.ReplaceMember(head.Id, "Trần Thị Bình", null, Jan2024));

        refused.Code.ShouldBe(OrganizationErrorCodes.SuccessorStartsTooEarly);
        refused.Data["termStart"].ShouldBe(Jan2024);
        head.TermEnd.ShouldBeNull();
        committee.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void Should_refuse_to_end_or_replace_a_term_that_has_ended()
    {
        var committee = NewCommittee();
        var member = committee.AddMember("Nguyễn Văn An", CommitteePosition.Member, Jan2024);
        committee.EndMemberTerm(member.Id, new DateOnly(2024, 6, 30));

        Should.Throw<BusinessException>(() => committee.EndMemberTerm(member.Id, new DateOnly(2024, 7, 30)))
            .Code.ShouldBe(OrganizationErrorCodes.MemberTermAlreadyEnded);
        Should.Throw<BusinessException>(() => committee.ReplaceMember(member.Id, "Trần Thị Bình", null, new DateOnly(2024, 8, 1)))
            .Code.ShouldBe(OrganizationErrorCodes.MemberTermAlreadyEnded);
        member.TermEnd.ShouldBe(new DateOnly(2024, 6, 30));
    }

    [Fact]
    public void Should_refuse_to_end_a_term_before_it_started()
    {
        var committee = NewCommittee();
        var member = committee.AddMember("Nguyễn Văn An", CommitteePosition.Member, Jan2024);

        Should.Throw<BusinessException>(() => committee.EndMemberTerm(member.Id, Jan2024.AddDays(-1)))
            .Code.ShouldBe(OrganizationErrorCodes.TermEndBeforeStart);
        member.TermEnd.ShouldBeNull();
    }

    [Fact]
    public void Should_end_every_running_term_when_the_tenant_closes()
    {
        var committee = NewCommittee();
        var ended = committee.AddMember("Nguyễn Văn An", CommitteePosition.Member, Jan2024, new DateOnly(2024, 3, 1));
        var running = committee.AddMember("Trần Thị Bình", CommitteePosition.Head, Jan2024);
        var endsLater = committee.AddMember("Lê Văn Cường", CommitteePosition.Member, Jan2024, new DateOnly(2026, 12, 31));
        var notBegun = committee.AddMember("Phạm Thị Dung", CommitteePosition.Member, new DateOnly(2025, 9, 1));

        committee.EndTermsRunningAfter(new DateOnly(2025, 6, 30)).ShouldBe(3);

        ended.TermEnd.ShouldBe(new DateOnly(2024, 3, 1));
        running.TermEnd.ShouldBe(new DateOnly(2025, 6, 30));
        endsLater.TermEnd.ShouldBe(new DateOnly(2025, 6, 30));
        notBegun.TermEnd.ShouldBe(new DateOnly(2025, 9, 1));
    }

    [Fact]
    public void Should_refuse_to_be_its_own_parent()
    {
        var committee = NewCommittee();

        var refused = Should.Throw<BusinessException>(() => committee.MoveTo(committee.Id));

        refused.Code.ShouldBe(OrganizationErrorCodes.CommitteeParentCycle);
        refused.Members.ShouldBe([nameof(Committee.ParentId)]);
        committee.ParentId.ShouldBeNull();
    }

    [Fact]
    public void Should_store_its_texts_trimmed_with_blank_ones_as_none()
    {
        var committee = NewCommittee();

        committee.Update(" Ban vận động Quỹ Nhân đạo ", CommitteeKind.FundraisingBoard, " Quỹ Nhân đạo thành phố ", " ");

        committee.Name.ShouldBe("Ban vận động Quỹ Nhân đạo");
        committee.NormalizedName.ShouldBe("ban van dong quy nhan dao");
        committee.Kind.ShouldBe(CommitteeKind.FundraisingBoard);
        committee.CampaignOrFundName.ShouldBe("Quỹ Nhân đạo thành phố");
        committee.Note.ShouldBeNull();
        Should.Throw<ArgumentException>(() => committee.Update("", CommitteeKind.FundraisingBoard, null, null));
    }
}
