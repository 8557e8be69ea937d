using Humanitarian.Beneficiaries;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Tests.Domain;

/// <summary>A sponsorship's own rules: the floor, what it accepts as delivered, falling behind, overlapping another.</summary>
public sealed class Sponsorship_Tests
{
    private const long Floor = 300_000;
    private static readonly DateOnly Start = new(2026, 1, 15);
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly Guid Address = Guid.NewGuid();

    private static Sponsorship Committed(SupportKind kind = SupportKind.Cash, DateOnly? end = null, Guid? unit = null, params AddressNeed[] needs)
    {
        var sponsorship = new Sponsorship(Guid.NewGuid(), Address, SponsorKind.Unit, unit ?? Guid.NewGuid(), "Ban Tuyên giáo");
        sponsorship.Commit(kind, needs, Floor, Floor, Start, end, null);
        return sponsorship;
    }

    [Fact]
    public void Should_refuse_a_monthly_value_below_the_floor_naming_the_floor_in_vnd()
    {
        var sponsorship = new Sponsorship(Guid.NewGuid(), Address, SponsorKind.Other, null, "Công ty TNHH Minh Phát");

        var error = Should.Throw<BusinessException>(() => sponsorship.Commit(SupportKind.Cash, [], 299_999, Floor, Start, null, null));

        error.Code.ShouldBe(BeneficiariesErrorCodes.BelowMonthlyFloor);
        error.Data["floor"].ShouldBe("300.000\u00A0₫");
    }

    [Fact]
    public void Should_need_the_sponsors_id_unless_it_is_named_by_hand() =>
        Should.Throw<BusinessException>(() => new Sponsorship(Guid.NewGuid(), Address, SponsorKind.CommitteeMember, null, "x"))
            .Code.ShouldBe(BeneficiariesErrorCodes.SponsorNeedsId);

    [Fact]
    public void Should_fall_behind_once_a_committed_month_ends_without_its_value_delivered()
    {
        var sponsorship = Committed();
        sponsorship.NextDueDate.ShouldBe(new DateOnly(2026, 2, 15), "the first month runs 15/01 to 14/02");
        sponsorship.IsBehindOn(new DateOnly(2026, 2, 14)).ShouldBeFalse();
        sponsorship.IsBehindOn(new DateOnly(2026, 2, 15)).ShouldBeTrue();

        var delivery = sponsorship.Deliver(Guid.NewGuid(), new DateOnly(2026, 2, 1), DeliveryKind.Cash, 2 * Floor, "Tháng 1 và 2", Today);

        (delivery.SponsorshipId, delivery.HumanitarianAddressId, delivery.Value).ShouldBe((sponsorship.Id, Address, 2 * Floor));
        sponsorship.DeliveredValue.ShouldBe(2 * Floor);
        sponsorship.NextDueDate.ShouldBe(new DateOnly(2026, 4, 15));
        sponsorship.Withdraw(delivery);
        sponsorship.NextDueDate.ShouldBe(new DateOnly(2026, 2, 15), "a delivery recorded by mistake no longer counts");
    }

    [Fact]
    public void Should_owe_nothing_more_once_its_whole_term_is_delivered()
    {
        var sponsorship = Committed(end: new DateOnly(2026, 4, 14));
        sponsorship.Deliver(Guid.NewGuid(), new DateOnly(2026, 3, 1), DeliveryKind.Cash, 2 * Floor, null, Today);
        sponsorship.NextDueDate.ShouldBe(new DateOnly(2026, 4, 15), "its third month, 15/03 to 14/04, is still owed");

        sponsorship.Deliver(Guid.NewGuid(), new DateOnly(2026, 4, 1), DeliveryKind.Cash, Floor, null, Today);

        sponsorship.NextDueDate.ShouldBeNull();
        sponsorship.IsBehindOn(Today).ShouldBeFalse();
    }

    [Fact]
    public void Should_accept_only_deliveries_of_its_kind_within_its_period_and_not_ahead_of_time()
    {
        var cash = Committed(end: new DateOnly(2026, 6, 30));
        Code(() => cash.Deliver(Guid.NewGuid(), new DateOnly(2026, 3, 1), DeliveryKind.Goods, Floor, "Gạo", Today)).ShouldBe(BeneficiariesErrorCodes.DeliveryKindNotCommitted);
        Code(() => cash.Deliver(Guid.NewGuid(), new DateOnly(2026, 1, 14), DeliveryKind.Cash, Floor, null, Today)).ShouldBe(BeneficiariesErrorCodes.DeliveryOutsidePeriod);
        Code(() => cash.Deliver(Guid.NewGuid(), new DateOnly(2026, 7, 1), DeliveryKind.Cash, Floor, null, Today)).ShouldBe(BeneficiariesErrorCodes.DeliveryOutsidePeriod);
        var open = Committed(SupportKind.Both);
        Code(() => open.Deliver(Guid.NewGuid(), Today.AddDays(1), DeliveryKind.Goods, Floor, null, Today)).ShouldBe(BeneficiariesErrorCodes.DeliveryDateInFuture);
        open.Deliver(Guid.NewGuid(), Today, DeliveryKind.Goods, Floor, "Gạo, dầu ăn", Today).Kind.ShouldBe(DeliveryKind.Goods);
        cash.DeliveredValue.ShouldBe(0, "nothing refused was counted");
    }

    [Fact]
    public void Should_overlap_another_sponsors_current_support_for_a_same_need_only()
    {
        var food = Committed(needs: [AddressNeed.Food]);

        food.Overlaps(Committed(needs: [AddressNeed.Food, AddressNeed.HealthCare]), Today).ShouldBeTrue();
        food.Overlaps(Committed(needs: [AddressNeed.Scholarship]), Today).ShouldBeFalse();
        food.Overlaps(Committed(), Today).ShouldBeTrue("general support covers every need");
        food.Overlaps(Committed(end: Today.AddDays(-1), needs: [AddressNeed.Food]), Today).ShouldBeFalse("that one has ended");

        var sameUnit = Guid.NewGuid();
        Committed(unit: sameUnit, needs: [AddressNeed.Food]).Overlaps(Committed(unit: sameUnit, needs: [AddressNeed.Food]), Today)
            .ShouldBeFalse("one sponsor adding to its own support is no overlap");
    }

    private static string? Code(Action act) => Should.Throw<BusinessException>(act).Code;
}
