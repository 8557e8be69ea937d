namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>A person or household, or a care facility.</summary>
public enum HumanitarianAddressKind
{
    Person,
    Facility,
}

public enum Sex
{
    Male,
    Female,
}

/// <summary>The categories of the seeds (source 001). <see cref="HivAids"/> is sensitive data.</summary>
public enum AddressCategory
{
    WarVictim,
    AgentOrange,
    DifficultCircumstances,
    HivAids,
    Disability,
    LonelyElderly,
    Orphan,
    DisadvantagedChild,
    Other,
}

public enum AddressNeed
{
    Cash,
    Food,
    HealthCare,
    Scholarship,
    Books,
    Clothes,
    Housing,
    Livelihood,
}

/// <summary>Surveyed → Verified → Supported, and then out of the programme: graduated (vươn lên), deceased or moved.</summary>
public enum AddressStatus
{
    Surveyed,
    Verified,
    Supported,
    Graduated,
    Deceased,
    Moved,
}

public enum FacilityKind
{
    CareCentre,
    ElderlyHome,
    Orphanage,
    CharityKitchen,
}

/// <summary>Why two addresses may be the same person.</summary>
public enum DuplicateReason
{
    SameNationalId,
    SameNameBirthYearCommune,
}
