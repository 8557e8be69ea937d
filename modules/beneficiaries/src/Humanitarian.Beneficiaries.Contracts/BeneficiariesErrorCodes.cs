namespace Humanitarian.Beneficiaries;

/// <summary>Codes of the module's business errors; their texts are in its localization resource.</summary>
public static class BeneficiariesErrorCodes
{
    public const string InvalidNationalId = "Beneficiaries:InvalidNationalId";
    public const string NationalIdMismatch = "Beneficiaries:NationalIdMismatch";
    public const string BirthYearOutOfRange = "Beneficiaries:BirthYearOutOfRange";
    public const string DateOfBirthMismatch = "Beneficiaries:DateOfBirthMismatch";
    public const string PersonNeedsName = "Beneficiaries:PersonNeedsName";
    public const string FacilityNeedsName = "Beneficiaries:FacilityNeedsName";
    public const string FacilityNeedsKind = "Beneficiaries:FacilityNeedsKind";
    public const string SurveyDateInFuture = "Beneficiaries:SurveyDateInFuture";
    public const string SurveyWithoutConsent = "Beneficiaries:SurveyWithoutConsent";
    public const string UnknownCommune = "Beneficiaries:UnknownCommune";
    public const string UnknownUnit = "Beneficiaries:UnknownUnit";
    public const string StatusChangeNotAllowed = "Beneficiaries:StatusChangeNotAllowed";
    public const string BelowMonthlyFloor = "Beneficiaries:BelowMonthlyFloor";
    public const string HostFloorCannotBeReset = "Beneficiaries:HostFloorCannotBeReset";
    public const string AddressNotSponsorable = "Beneficiaries:AddressNotSponsorable";
    public const string SponsorNeedsId = "Beneficiaries:SponsorNeedsId";
    public const string SponsorNeedsName = "Beneficiaries:SponsorNeedsName";
    public const string UnknownSponsor = "Beneficiaries:UnknownSponsor";
    public const string EndBeforeStart = "Beneficiaries:EndBeforeStart";
    public const string DeliveryKindNotCommitted = "Beneficiaries:DeliveryKindNotCommitted";
    public const string DeliveryDateInFuture = "Beneficiaries:DeliveryDateInFuture";
    public const string DeliveryOutsidePeriod = "Beneficiaries:DeliveryOutsidePeriod";
    public const string SponsorshipHasDeliveries = "Beneficiaries:SponsorshipHasDeliveries";
    public const string SurveyDeadlineNotBeforeMarch = "Beneficiaries:SurveyDeadlineNotBeforeMarch";
    public const string SurveyUnitTwice = "Beneficiaries:SurveyUnitTwice";
    public const string MergeSameRecord = "Beneficiaries:MergeSameRecord";
    public const string MergeKindsDiffer = "Beneficiaries:MergeKindsDiffer";
    public const string MergeNationalIdsDiffer = "Beneficiaries:MergeNationalIdsDiffer";
    public const string VerificationPeriodReversed = "Beneficiaries:VerificationPeriodReversed";
    public const string VerificationSampleChoice = "Beneficiaries:VerificationSampleChoice";
    public const string VerificationSampleTooLarge = "Beneficiaries:VerificationSampleTooLarge";
    public const string NoDeliveriesInPeriod = "Beneficiaries:NoDeliveriesInPeriod";
    public const string VerificationItemUnknown = "Beneficiaries:VerificationItemUnknown";
    public const string VerificationOutcomeRequired = "Beneficiaries:VerificationOutcomeRequired";
    public const string AmountReceivedRequired = "Beneficiaries:AmountReceivedRequired";
    public const string AmountReceivedOutOfRange = "Beneficiaries:AmountReceivedOutOfRange";
    public const string AmountReceivedWhenNotReceived = "Beneficiaries:AmountReceivedWhenNotReceived";
    public const string IssuesNeedNote = "Beneficiaries:IssuesNeedNote";
    public const string SponsorRequestNeedsName = "Beneficiaries:SponsorRequestNeedsName";
    public const string SponsorRequestNeedsContact = "Beneficiaries:SponsorRequestNeedsContact";
    public const string SponsorRequestNeedsConsent = "Beneficiaries:SponsorRequestNeedsConsent";
    public const string SponsorRequestStartInPast = "Beneficiaries:SponsorRequestStartInPast";
    public const string SponsorRequestNeedsReason = "Beneficiaries:SponsorRequestNeedsReason";
    public const string SponsorRequestAlreadyDecided = "Beneficiaries:SponsorRequestAlreadyDecided";
    public const string SponsorRequestAddressTaken = "Beneficiaries:SponsorRequestAddressTaken";
}
