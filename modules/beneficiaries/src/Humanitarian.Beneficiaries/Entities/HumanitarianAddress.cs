using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Domain.Addresses;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Beneficiaries.Domain;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// A humanitarian address (địa chỉ nhân đạo): a person or household in hardship, or a care facility, as
/// surveyed by a unit. The sensitive parts — national ID (kept encrypted, with a keyed hash to find the
/// same number again), HIV/AIDS and health details — are kept out of the entity-change audit log, which
/// more people read than may see them; reading them is audited instead.
/// </summary>
public sealed class HumanitarianAddress : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public HumanitarianAddressKind Kind { get; private set; }

    /// <summary>The person's full name or the facility's name.</summary>
    public string Name { get; private set; } = "";

    /// <summary>Case and marks folded (đ → d): "Nguyễn Văn Ánh" and "NGUYEN VAN ANH" are one name.</summary>
    public string NormalizedName { get; private set; } = "";

    public int? BirthYear { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    public Sex? Sex { get; private set; }

    [DisableAuditing]
    public string? ProtectedNationalId { get; private set; }

    [DisableAuditing]
    public string? NationalIdHash { get; private set; }

    public string? Phone { get; private set; }
    public string? AddressLine { get; private set; }
    public string? Commune { get; private set; }
    public string NormalizedCommune { get; private set; } = "";
    public Guid? CommuneId { get; private set; }

    /// <summary>The categories but HIV/AIDS, one bit per <see cref="AddressCategory"/>.</summary>
    public int Categories { get; private set; }

    [DisableAuditing]
    public bool HasHivAids { get; private set; }

    public int Needs { get; private set; }
    public string? Circumstances { get; private set; }

    [DisableAuditing]
    public string? HealthDetails { get; private set; }

    public long? MonthlyValueSought { get; private set; }
    public FacilityKind? FacilityKind { get; private set; }
    public int? Capacity { get; private set; }
    public Guid? SurveyingUnitId { get; private set; }
    public DateOnly? SurveyDate { get; private set; }
    public AddressStatus Status { get; private set; }
    public Consent SurveyConsent { get; private set; } = Consent.None;
    public Consent ShareConsent { get; private set; } = Consent.None;
    public Consent PublishConsent { get; private set; } = Consent.None;

    /// <summary>Set on a record merged into another as its duplicate (then deleted): where its history went.</summary>
    public Guid? MergedIntoId { get; private set; }

    private HumanitarianAddress() { }

    public HumanitarianAddress(Guid id, HumanitarianAddressKind kind) : base(id)
    {
        Kind = kind;
        Status = AddressStatus.Surveyed;
    }

    /// <summary>Who or what the address is. A facility has a kind and a capacity, but no sex, birth or national ID.</summary>
    /// <param name="today">The calendar day in Việt Nam, for the birth year's upper bound.</param>
    public void Describe(string? name, int? birthYear, DateOnly? dateOfBirth, Sex? sex, FacilityKind? facilityKind, int? capacity, DateOnly today)
    {
        Name = name?.Trim() ?? "";
        if (Name.Length == 0)
        {
            throw new BusinessException(Kind == HumanitarianAddressKind.Person
                ? BeneficiariesErrorCodes.PersonNeedsName : BeneficiariesErrorCodes.FacilityNeedsName).WithMember("FullName");
        }
        NormalizedName = SearchText.Normalize(Name);
        if (Kind == HumanitarianAddressKind.Facility)
        {
            FacilityKind = facilityKind ?? throw new BusinessException(BeneficiariesErrorCodes.FacilityNeedsKind).WithMember("FacilityKind");
            Capacity = capacity;
            (BirthYear, DateOfBirth, Sex) = (null, null, null);
            return;
        }
        birthYear ??= dateOfBirth?.Year;
        if (birthYear is { } year && (year < HumanitarianAddressConsts.MinBirthYear || year > today.Year))
        {
            throw new BusinessException(BeneficiariesErrorCodes.BirthYearOutOfRange).WithData("max", today.Year).WithMember("BirthYear");
        }
        if (dateOfBirth is { } date && (date.Year != birthYear || date > today))
        {
            throw new BusinessException(BeneficiariesErrorCodes.DateOfBirthMismatch).WithMember("DateOfBirth");
        }
        (BirthYear, DateOfBirth, Sex, FacilityKind, Capacity) = (birthYear, dateOfBirth, sex, null, null);
    }

    /// <summary>
    /// The national ID, already checked against the record (<see cref="NationalId.CheckAgrees"/>) and
    /// protected by the caller, who holds the keys; null clears it.
    /// </summary>
    public void SetNationalId(NationalId? id, string? protectedValue, string? hash)
    {
        if (id is not null && Kind == HumanitarianAddressKind.Facility)
        {
            throw new BusinessException(BeneficiariesErrorCodes.InvalidNationalId).WithMember("NationalId");
        }
        id?.CheckAgrees(Sex, BirthYear);
        (ProtectedNationalId, NationalIdHash) = id is null ? (null, null) : (protectedValue, hash);
    }

    /// <param name="communeName">The area's own name when <paramref name="communeId"/> is one of the tenant's areas.</param>
    public void Locate(string? addressLine, string? communeName, Guid? communeId, string? phone)
    {
        AddressLine = Blank(addressLine);
        Commune = Blank(communeName);
        NormalizedCommune = SearchText.Normalize(Commune);
        CommuneId = communeId;
        Phone = Blank(phone);
    }

    public void SetSituation(IEnumerable<AddressCategory> categories, IEnumerable<AddressNeed> needs, string? circumstances, long? monthlyValueSought)
    {
        var list = categories.Distinct().ToList();
        Categories = EnumBits.Of(list.Where(c => c != AddressCategory.HivAids));
        HasHivAids = list.Contains(AddressCategory.HivAids);
        Needs = EnumBits.Of(needs);
        Circumstances = Blank(circumstances);
        MonthlyValueSought = monthlyValueSought;
    }

    /// <summary>The non-sensitive categories, leaving HIV/AIDS as it was (for a user who may not see it).</summary>
    public void SetCategoriesKeepingHivAids(IEnumerable<AddressCategory> categories) =>
        Categories = EnumBits.Of(categories.Where(c => c != AddressCategory.HivAids));

    public void SetHealthDetails(string? details) => HealthDetails = Blank(details);

    public IReadOnlyList<AddressCategory> CategoryList(bool withSensitive) =>
        Enum.GetValues<AddressCategory>()
            .Where(c => c == AddressCategory.HivAids ? withSensitive && HasHivAids : (Categories & EnumBits.Bit(c)) != 0).ToList();

    public IReadOnlyList<AddressNeed> NeedList() => EnumBits.List<AddressNeed>(Needs);

    public bool HasSensitiveData => ProtectedNationalId is not null || HasHivAids || HealthDetails is not null;

    /// <param name="today">The calendar day in Việt Nam: a survey is not dated in the future.</param>
    public void SetSurvey(Guid? unitId, DateOnly? date, DateOnly today)
    {
        if (date > today)
        {
            throw new BusinessException(BeneficiariesErrorCodes.SurveyDateInFuture).WithMember("SurveyDate");
        }
        (SurveyingUnitId, SurveyDate) = (unitId, date);
    }

    /// <summary>A death is final; anything else may be corrected or reopened.</summary>
    public void ChangeStatus(AddressStatus status)
    {
        if (Status == AddressStatus.Deceased && status != AddressStatus.Deceased)
        {
            throw new BusinessException(BeneficiariesErrorCodes.StatusChangeNotAllowed).WithMember("Status");
        }
        Status = status;
    }

    /// <summary>Graduated (vươn lên), deceased or moved away: no one commits to it any more.</summary>
    public bool IsSponsorable => OpenStatuses.Contains(Status);

    /// <summary>Still waiting for help or helped: what the campaign counts, the catalogue shows and a sponsor may take.</summary>
    public static readonly AddressStatus[] OpenStatuses = [AddressStatus.Surveyed, AddressStatus.Verified, AddressStatus.Supported];

    /// <summary>A sponsor has committed to it: a surveyed or verified address is now supported.</summary>
    public void MarkSponsored()
    {
        if (!IsSponsorable)
        {
            throw new BusinessException(BeneficiariesErrorCodes.AddressNotSponsorable).WithMember("HumanitarianAddressId");
        }
        if (Status is AddressStatus.Surveyed or AddressStatus.Verified)
        {
            Status = AddressStatus.Supported;
        }
    }

    /// <summary>Each consent keeps when it was last given or withdrawn, and by whom (Decree 13/2023/NĐ-CP).</summary>
    public void RecordConsents(bool survey, bool share, bool publish, DateTime now, Guid? userId)
    {
        SurveyConsent = SurveyConsent.Record(survey, now, userId);
        ShareConsent = ShareConsent.Record(share, now, userId);
        PublishConsent = PublishConsent.Record(publish, now, userId);
    }

    /// <summary>
    /// Takes in a record of the same person or facility found twice: what this one lacks is filled from
    /// the other, sets (categories, needs) are joined, and each consent is the later recorded of the two.
    /// Two different national IDs mean two people, and are refused.
    /// </summary>
    public void Absorb(HumanitarianAddress duplicate)
    {
        if (duplicate.Id == Id)
        {
            throw new BusinessException(BeneficiariesErrorCodes.MergeSameRecord).WithMember("DuplicateId");
        }
        if (duplicate.Kind != Kind)
        {
            throw new BusinessException(BeneficiariesErrorCodes.MergeKindsDiffer).WithMember("DuplicateId");
        }
        if (NationalIdHash is not null && duplicate.NationalIdHash is not null && NationalIdHash != duplicate.NationalIdHash)
        {
            throw new BusinessException(BeneficiariesErrorCodes.MergeNationalIdsDiffer).WithMember("DuplicateId");
        }
        if (NationalIdHash is null)
        {
            (ProtectedNationalId, NationalIdHash) = (duplicate.ProtectedNationalId, duplicate.NationalIdHash);
        }
        (BirthYear, DateOfBirth, Sex) = (BirthYear ?? duplicate.BirthYear, DateOfBirth ?? duplicate.DateOfBirth, Sex ?? duplicate.Sex);
        (FacilityKind, Capacity) = (FacilityKind ?? duplicate.FacilityKind, Capacity ?? duplicate.Capacity);
        Phone ??= duplicate.Phone;
        AddressLine ??= duplicate.AddressLine;
        if (Commune is null && CommuneId is null)
        {
            (Commune, NormalizedCommune, CommuneId) = (duplicate.Commune, duplicate.NormalizedCommune, duplicate.CommuneId);
        }
        (Categories, Needs, HasHivAids) = (Categories | duplicate.Categories, Needs | duplicate.Needs, HasHivAids || duplicate.HasHivAids);
        Circumstances = Joined(Circumstances, duplicate.Circumstances);
        HealthDetails = Joined(HealthDetails, duplicate.HealthDetails);
        MonthlyValueSought ??= duplicate.MonthlyValueSought;
        if (SurveyingUnitId is null && SurveyDate is null)
        {
            (SurveyingUnitId, SurveyDate) = (duplicate.SurveyingUnitId, duplicate.SurveyDate);
        }
        SurveyConsent = Later(SurveyConsent, duplicate.SurveyConsent);
        ShareConsent = Later(ShareConsent, duplicate.ShareConsent);
        PublishConsent = Later(PublishConsent, duplicate.PublishConsent);
        // The duplicate's sponsorships come here with it.
        if (duplicate.Status == AddressStatus.Supported && Status is AddressStatus.Surveyed or AddressStatus.Verified)
        {
            Status = AddressStatus.Supported;
        }
        duplicate.MergedIntoId = Id;
    }

    private static string? Joined(string? kept, string? other) =>
        other is null || kept == other ? kept : kept is null ? other : kept + Environment.NewLine + other;

    private static Consent Later(Consent kept, Consent other) =>
        (other.RecordedTime ?? DateTime.MinValue) > (kept.RecordedTime ?? DateTime.MinValue) ? other : kept;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
