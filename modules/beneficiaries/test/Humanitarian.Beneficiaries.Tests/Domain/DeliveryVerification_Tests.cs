using Humanitarian.Beneficiaries;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Tests.Domain;

/// <summary>A verification round's own rules: how big its sample is, how it is drawn, what an outcome needs, how rates count.</summary>
public sealed class DeliveryVerification_Tests
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);
    private static readonly DateTime Now = new(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc);

    private static DeliveryVerification Round(int? percent = null, int? size = null) =>
        new(Guid.NewGuid(), null, From, To, percent, size, null);

    private static List<DeliveryToSample> Deliveries(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new DeliveryToSample(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), From.AddDays(i % 30), 300_000 + i))
            .ToList();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(100, 5)]
    [InlineData(101, 6)]
    public void Should_take_five_percent_rounded_up_and_at_least_one_delivery(int population, int expected) =>
        Round(percent: 5).SizeFor(population).ShouldBe(expected);

    [Fact]
    public void Should_take_the_size_asked_for_but_no_more_than_there_are()
    {
        Round(size: 10).SizeFor(40).ShouldBe(10);
        Round(size: 10).SizeFor(4).ShouldBe(4);
    }

    [Fact]
    public void Should_draw_distinct_deliveries_of_the_population_and_the_same_ones_for_the_same_seed()
    {
        var population = Deliveries(40);
        var first = Round(percent: 25);
        var second = Round(percent: 25);

        first.Draw(population, new Random(7));
        second.Draw(population, new Random(7));

        first.Items.Count.ShouldBe(10);
        (first.SampledCount, first.PopulationCount, first.VerifiedCount).ShouldBe((10, 40, 0));
        first.Items.Select(i => i.SupportDeliveryId).ShouldBeUnique();
        first.Items.Select(i => i.SupportDeliveryId).ShouldBeSubsetOf(population.Select(d => d.DeliveryId));
        first.Items.ShouldAllBe(i => i.Outcome == VerificationOutcome.Pending && i.DeliveryDate >= From && i.DeliveryDate <= To);
        second.Items.Select(i => i.SupportDeliveryId).ShouldBe(first.Items.Select(i => i.SupportDeliveryId));
    }

    [Fact]
    public void Should_pick_every_delivery_with_about_the_same_chance()
    {
        // 2,000 draws of 1 out of 4: each delivery about 500 times (binomial sd ≈ 19); a bias would show.
        var population = Deliveries(4);
        var random = new Random(11);
        var counts = population.ToDictionary(d => d.DeliveryId, _ => 0);
        for (var i = 0; i < 2000; i++)
        {
            var round = Round(size: 1);
            round.Draw(population, random);
            counts[round.Items[0].SupportDeliveryId]++;
        }
        counts.Values.ShouldAllBe(c => c > 400 && c < 600);
    }

    [Fact]
    public void Should_refuse_an_empty_period_naming_its_dates_and_a_share_over_the_largest_sample()
    {
        var empty = Should.Throw<BusinessException>(() => Round(percent: 5).Draw([], Random.Shared));
        empty.Code.ShouldBe(BeneficiariesErrorCodes.NoDeliveriesInPeriod);
        empty.Members.ShouldBe(["From", "To"]);

        var tooLarge = Should.Throw<BusinessException>(() => Round(percent: 50).Draw(Deliveries(2004), Random.Shared));
        tooLarge.Code.ShouldBe(BeneficiariesErrorCodes.VerificationSampleTooLarge);
        tooLarge.Members.ShouldBe(["SamplePercent"]);
    }

    [Fact]
    public void Should_need_one_way_of_sizing_the_sample_and_a_period_in_order()
    {
        Should.Throw<BusinessException>(() => Round()).Members.ShouldBe(["SamplePercent", "SampleSize"]);
        Should.Throw<BusinessException>(() => Round(percent: 5, size: 10)).Code.ShouldBe(BeneficiariesErrorCodes.VerificationSampleChoice);
        Should.Throw<BusinessException>(() => new DeliveryVerification(Guid.NewGuid(), null, To, From, 5, null, null))
            .Members.ShouldBe(["To"]);
    }

    [Fact]
    public void Should_refuse_an_outcome_that_says_too_little_or_contradicts_itself()
    {
        var round = Round(size: 1);
        round.Draw(Deliveries(1), Random.Shared);
        var item = round.Items[0].Id;

        foreach (var (outcome, amount, note, member) in new (VerificationOutcome, long?, string?, string)[]
                 {
                     (VerificationOutcome.Pending, null, null, "Outcome"),
                     (VerificationOutcome.Received, null, null, "AmountReceived"),
                     (VerificationOutcome.ReceivedWithIssues, 100_000, " ", "Note"),
                     (VerificationOutcome.NotReceived, 1, null, "AmountReceived"),
                     (VerificationOutcome.Received, -1, null, "AmountReceived"),
                 })
        {
            Should.Throw<BusinessException>(() => round.Record(item, outcome, amount, note, null, Now)).Members.ShouldBe([member]);
        }
        Should.Throw<BusinessException>(() => round.Record(Guid.NewGuid(), VerificationOutcome.NotReceived, null, null, null, Now))
            .Code.ShouldBe(BeneficiariesErrorCodes.VerificationItemUnknown);
        round.VerifiedCount.ShouldBe(0);
    }

    [Fact]
    public void Should_count_an_item_verified_once_however_often_it_is_corrected()
    {
        var round = Round(size: 2);
        round.Draw(Deliveries(2), Random.Shared);
        var user = Guid.NewGuid();

        round.Record(round.Items[0].Id, VerificationOutcome.Received, 300_000, null, user, Now);
        var corrected = round.Record(round.Items[0].Id, VerificationOutcome.NotReceived, null, "Gia đình chưa nhận", user, Now);

        round.VerifiedCount.ShouldBe(1);
        (corrected.Outcome, corrected.AmountReceived, corrected.Note, corrected.VerifiedBy, corrected.VerificationTime)
            .ShouldBe((VerificationOutcome.NotReceived, 0L, "Gia đình chưa nhận", user, Now));
    }

    [Fact]
    public void Should_rate_what_arrived_with_or_without_issues_over_what_was_verified()
    {
        var round = Round(size: 5);
        round.Draw(Deliveries(5), new Random(3));
        var items = round.Items;
        round.Record(items[0].Id, VerificationOutcome.Received, 300_000, null, null, Now);
        round.Record(items[1].Id, VerificationOutcome.Received, 300_000, null, null, Now);
        round.Record(items[2].Id, VerificationOutcome.ReceivedWithIssues, 200_000, "Thiếu 100.000 đồng", null, Now);
        round.Record(items[3].Id, VerificationOutcome.NotReceived, null, null, null, Now);

        var tally = DeliveryVerification.Tally(items);

        (tally.Sampled, tally.Verified, tally.Received, tally.WithIssues, tally.NotReceived).ShouldBe((5, 4, 2, 1, 1));
        tally.Rate.ShouldBe(0.75m);
        DeliveryVerification.Tally([items[4]]).Rate.ShouldBeNull();
    }
}
