using Humanitarian.Beneficiaries;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Tests.Domain;

/// <summary>A public sponsor request's own rules: a way to answer, the floor, the consent, and one decision only.</summary>
public sealed class SponsorRequest_Tests
{
    private const long Floor = 300_000;
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly DateTime Now = new(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc);

    private static SponsorRequest Request(string? name = "Trần Văn Bình", string? organisation = null, string? phone = "0912345678",
        string? email = null, long value = Floor, DateOnly? start = null, bool consent = true) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), name, organisation, phone, email, value, Floor, start ?? new DateOnly(2027, 1, 20), Today,
            null, consent, Now);

    private static BusinessException Refused(Func<SponsorRequest> make) => Should.Throw<BusinessException>(make);

    [Fact]
    public void Should_start_pending_on_the_first_of_the_month_asked_with_its_consent_time()
    {
        var request = Request(organisation: " Công ty TNHH An Phát ");

        (request.Status, request.StartMonth, request.ContactConsentTime).ShouldBe((SponsorRequestStatus.Pending, new DateOnly(2027, 1, 1), Now));
        request.SponsorName.ShouldBe("Trần Văn Bình (Công ty TNHH An Phát)");
        request.DefaultStartDate(Today).ShouldBe(new DateOnly(2027, 1, 1));
        Request(start: Today).DefaultStartDate(Today).ShouldBe(Today, "this month has begun: from today");
    }

    [Fact]
    public void Should_refuse_a_request_without_name_contact_consent_or_the_floor_or_for_a_month_passed()
    {
        Refused(() => Request(name: " ")).Members.ShouldBe(["RequesterName"]);
        var noContact = Refused(() => Request(phone: " ", email: null));
        noContact.Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestNeedsContact);
        noContact.Members.ShouldBe(["Phone", "Email"]);
        Request(phone: null, email: "binh@example.org").Email.ShouldBe("binh@example.org");
        var below = Refused(() => Request(value: Floor - 1));
        (below.Code, below.Data["floor"]).ShouldBe((BeneficiariesErrorCodes.BelowMonthlyFloor, (object?)"300.000\u00A0₫"));
        below.Members.ShouldBe(["MonthlyValue"]);
        Refused(() => Request(consent: false)).Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestNeedsConsent);
        Refused(() => Request(start: new DateOnly(2026, 11, 30))).Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestStartInPast);
        Request(start: new DateOnly(2026, 12, 1)).StartMonth.ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Fact]
    public void Should_be_decided_once()
    {
        var approved = Request();
        var sponsorship = Guid.NewGuid();
        var decider = Guid.NewGuid();
        approved.Approve(sponsorship, decider, Now);
        (approved.Status, approved.SponsorshipId, approved.DeciderId, approved.DecisionTime).ShouldBe((SponsorRequestStatus.Approved, sponsorship, decider, Now));
        Should.Throw<BusinessException>(() => approved.Approve(Guid.NewGuid(), decider, Now)).Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestAlreadyDecided);
        Should.Throw<BusinessException>(() => approved.Decline("Nhầm", decider, Now)).Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestAlreadyDecided);

        var declined = Request();
        Should.Throw<BusinessException>(() => declined.Decline(" ", decider, Now)).Members.ShouldBe(["Reason"]);
        declined.Status.ShouldBe(SponsorRequestStatus.Pending);
        declined.Decline(" Đã có người nhận đỡ đầu. ", decider, Now);
        (declined.Status, declined.DeclineReason).ShouldBe((SponsorRequestStatus.Declined, "Đã có người nhận đỡ đầu."));
        Should.Throw<BusinessException>(() => declined.Approve(Guid.NewGuid(), decider, Now)).Code.ShouldBe(BeneficiariesErrorCodes.SponsorRequestAlreadyDecided);
    }
}
