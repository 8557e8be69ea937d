using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Domain.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Units;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// What writing an address needs beyond the entity: the commune looked up among the tenant's areas, the
/// surveying unit checked, the national ID protected and hashed, today's date in Việt Nam.
/// </summary>
public sealed class HumanitarianAddressManager(
    IAdministrativeAreaLookup areas, IUnitLookup units, NationalIdProtector nationalIds, ICurrentTenant currentTenant, TimeProvider clock)
    : ITransientDependency
{
    // An import writes thousands of addresses through one manager, naming the same few communes and units:
    // each is looked up once, per tenant, however many rows name it.
    private readonly Dictionary<(Guid?, Guid), AdministrativeAreaSummary?> _communes = [];
    private readonly Dictionary<(Guid?, Guid), bool> _units = [];

    public DateOnly Today => VietnamCalendar.Today(clock);

    public void Describe(HumanitarianAddress address, string? name, int? birthYear, DateOnly? dateOfBirth, Sex? sex,
        FacilityKind? facilityKind, int? capacity) =>
        address.Describe(name, birthYear, dateOfBirth, sex, facilityKind, capacity, Today);

    /// <summary>By id (which must be one of the tenant's communes or wards), else by name: a name no area has is kept as written.</summary>
    public async Task LocateAsync(HumanitarianAddress address, string? addressLine, Guid? communeId, string? communeName, string? phone)
    {
        var area = communeId is { } id
            ? await FindCommuneAsync(id) ?? throw new BusinessException(BeneficiariesErrorCodes.UnknownCommune).WithMember("CommuneId")
            : communeName is { Length: > 0 } name ? await areas.FindCommuneAsync(name) : null;
        address.Locate(addressLine, area?.Name ?? communeName, area?.Id, phone);
    }

    public async Task SetSurveyAsync(HumanitarianAddress address, Guid? unitId, DateOnly? date)
    {
        if (unitId is { } id && !await UnitExistsAsync(id))
        {
            throw new BusinessException(BeneficiariesErrorCodes.UnknownUnit).WithMember("SurveyingUnitId");
        }
        address.SetSurvey(unitId, date, Today);
    }

    private async Task<AdministrativeAreaSummary?> FindCommuneAsync(Guid id)
    {
        if (!_communes.TryGetValue((currentTenant.Id, id), out var area))
        {
            _communes[(currentTenant.Id, id)] = area = await areas.FindCommuneAsync(id);
        }
        return area;
    }

    private async Task<bool> UnitExistsAsync(Guid id)
    {
        if (!_units.TryGetValue((currentTenant.Id, id), out var exists))
        {
            _units[(currentTenant.Id, id)] = exists = await units.ExistsAsync(id);
        }
        return exists;
    }

    public async Task SetNationalIdAsync(HumanitarianAddress address, string? text)
    {
        var id = NationalId.Parse(text);
        address.SetNationalId(id, id is null ? null : nationalIds.Protect(id), id is null ? null : await nationalIds.HashAsync(id));
    }

    /// <returns>The hash a national ID typed in a search would have; null when it is not one.</returns>
    public async Task<string?> HashOrNullAsync(string? text)
    {
        try
        {
            return NationalId.Parse(text) is { } id ? await nationalIds.HashAsync(id) : null;
        }
        catch (BusinessException)
        {
            return null;
        }
    }

    public string? RevealNationalId(HumanitarianAddress address) =>
        address.ProtectedNationalId is { } value ? nationalIds.Unprotect(value) : null;
}
