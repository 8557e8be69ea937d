using Humanitarian.Beneficiaries;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Tests.Domain;

/// <summary>The address's own rules, without host or database.</summary>
public sealed class HumanitarianAddress_Tests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static HumanitarianAddress Person(string name = "Nguyễn Văn Ánh", int? birthYear = 1950)
    {
        var address = new HumanitarianAddress(Guid.NewGuid(), HumanitarianAddressKind.Person);
        address.Describe(name, birthYear, null, Sex.Male, null, null, Today);
        return address;
    }

    [Fact]
    public void Should_fold_case_marks_and_d_in_the_name_for_finding_duplicates() =>
        Person("NGUYỄN VĂN ÁNH").NormalizedName.ShouldBe(Person("nguyen  van anh").NormalizedName);

    [Fact]
    public void Should_keep_hiv_aids_apart_from_the_other_categories()
    {
        var address = Person();
        address.SetSituation([AddressCategory.HivAids, AddressCategory.Disability, AddressCategory.Disability], [AddressNeed.HealthCare], null, null);

        address.HasHivAids.ShouldBeTrue();
        address.CategoryList(withSensitive: false).ShouldBe([AddressCategory.Disability]);
        address.CategoryList(withSensitive: true).ShouldBe([AddressCategory.HivAids, AddressCategory.Disability]);
        address.HasSensitiveData.ShouldBeTrue();
        address.NeedList().ShouldBe([AddressNeed.HealthCare]);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2027)]
    public void Should_refuse_a_birth_year_out_of_range(int year) =>
        Should.Throw<BusinessException>(() => Person(birthYear: year)).Code.ShouldBe(BeneficiariesErrorCodes.BirthYearOutOfRange);

    [Fact]
    public void Should_take_the_birth_year_from_the_date_of_birth_and_refuse_one_that_differs()
    {
        var address = new HumanitarianAddress(Guid.NewGuid(), HumanitarianAddressKind.Person);
        address.Describe("Lê Thị Hoa", null, new DateOnly(1948, 3, 2), Sex.Female, null, null, Today);
        address.BirthYear.ShouldBe(1948);
        Should.Throw<BusinessException>(() => address.Describe("Lê Thị Hoa", 1949, new DateOnly(1948, 3, 2), Sex.Female, null, null, Today))
            .Code.ShouldBe(BeneficiariesErrorCodes.DateOfBirthMismatch);
    }

    [Fact]
    public void Should_need_a_kind_for_a_facility_and_drop_what_only_a_person_has()
    {
        var facility = new HumanitarianAddress(Guid.NewGuid(), HumanitarianAddressKind.Facility);
        Should.Throw<BusinessException>(() => facility.Describe("Trung tâm Bảo trợ xã hội", null, null, null, null, 80, Today))
            .Code.ShouldBe(BeneficiariesErrorCodes.FacilityNeedsKind);

        facility.Describe("Trung tâm Bảo trợ xã hội", 1990, null, Sex.Male, FacilityKind.CareCentre, 80, Today);
        (facility.BirthYear, facility.Sex, facility.Capacity).ShouldBe((null, null, 80));
    }

    [Fact]
    public void Should_keep_a_death_final()
    {
        var address = Person();
        address.ChangeStatus(AddressStatus.Graduated);
        address.ChangeStatus(AddressStatus.Surveyed);
        address.ChangeStatus(AddressStatus.Deceased);
        Should.Throw<BusinessException>(() => address.ChangeStatus(AddressStatus.Surveyed)).Code.ShouldBe(BeneficiariesErrorCodes.StatusChangeNotAllowed);
    }

    [Fact]
    public void Should_refuse_a_survey_dated_after_today() =>
        Should.Throw<BusinessException>(() => Person().SetSurvey(null, Today.AddDays(1), Today)).Code.ShouldBe(BeneficiariesErrorCodes.SurveyDateInFuture);

    [Fact]
    public void Should_remember_when_and_by_whom_a_consent_was_given_or_withdrawn()
    {
        var address = Person();
        var officer = Guid.NewGuid();
        var first = new DateTime(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
        address.RecordConsents(survey: true, share: false, publish: false, first, officer);
        address.RecordConsents(survey: true, share: true, publish: false, first.AddDays(30), null);

        address.SurveyConsent.ShouldBe(new Consent(true, first, officer), "unchanged: still the day it was given");
        address.ShareConsent.ShouldBe(new Consent(true, first.AddDays(30), null));
        address.PublishConsent.ShouldBe(new Consent(false, first, officer), "asked and refused is recorded too");
    }
}
