using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// Humanitarian addresses at <c>/api/app/humanitarian-address</c>. A unit officer sees the addresses its
/// units surveyed; sensitive data needs its own permission, to be read (each read audited) or written.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class HumanitarianAddressAppService(
    IRepository<HumanitarianAddress, Guid> addresses,
    HumanitarianAddressManager manager,
    SensitiveDataReads sensitiveReads,
    AddressScope addressScope,
    AddressListFilter listFilter,
    IUnitScope unitScope,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IHumanitarianAddressAppService
{
    public async Task<PagedResultDto<HumanitarianAddressDto>> GetListAsync(HumanitarianAddressListInput input)
    {
        var query = await listFilter.ApplyAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "name", AddressListFilter.Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<HumanitarianAddressDto>(total, await ShowAsync(page, "list"));
    }

    public async Task<HumanitarianAddressDto> GetAsync(Guid id) => (await ShowAsync([await addressScope.GetAsync(id, tracking: false)], "details"))[0];

    [Authorize(BeneficiariesPermissions.Addresses.Create)]
    public async Task<HumanitarianAddressDto> CreateAsync(CreateHumanitarianAddressDto input)
    {
        var sensitive = await MaySeeSensitiveAsync();
        CheckSensitiveInput(input, sensitive);
        await CheckUnitInScopeAsync(input.SurveyingUnitId);
        var address = new HumanitarianAddress(Guid.NewGuid(), input.Kind);
        await ApplyAsync(address, input, sensitive);
        // Saved with the request (or with the import's batch), not on its own.
        await addresses.InsertAsync(address);
        return address.ToDto(sensitive, manager.RevealNationalId(address));
    }

    [Authorize(BeneficiariesPermissions.Addresses.Update)]
    public async Task<HumanitarianAddressDto> UpdateAsync(Guid id, UpdateHumanitarianAddressDto input)
    {
        var sensitive = await MaySeeSensitiveAsync();
        CheckSensitiveInput(input, sensitive);
        var address = await addressScope.GetAsync(id, tracking: true);
        if (input.Kind != address.Kind)
        {
            throw new AbpValidationException(l["Validation:KindCannotChange"], "kind");
        }
        await CheckUnitInScopeAsync(input.SurveyingUnitId);
        if (input.ConcurrencyStamp is not null)
        {
            address.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        await ApplyAsync(address, input, sensitive);
        await addresses.UpdateAsync(address, autoSave: true);
        return address.ToDto(sensitive, manager.RevealNationalId(address));
    }

    [Authorize(BeneficiariesPermissions.Addresses.Delete)]
    public async Task DeleteAsync(Guid id) => await addresses.DeleteAsync(await addressScope.GetAsync(id, tracking: true));

    public async Task<ListResultDto<PossibleDuplicateDto>> GetPossibleDuplicatesAsync(Guid id)
    {
        var address = await addressScope.GetAsync(id, tracking: false);
        var others = (await addresses.GetQueryableAsync()).AsNoTracking().Where(a => a.Id != address.Id);
        var byNationalId = address.NationalIdHash is { } hash
            ? await others.Where(a => a.NationalIdHash == hash).ToListAsync()
            : [];
        var byName = address.Kind == HumanitarianAddressKind.Person && address.BirthYear is not null && address.NormalizedCommune.Length > 0
            ? await others.Where(a => a.Kind == HumanitarianAddressKind.Person && a.NormalizedName == address.NormalizedName
                                      && a.BirthYear == address.BirthYear && a.NormalizedCommune == address.NormalizedCommune).ToListAsync()
            : [];
        var items = byNationalId.Select(a => ToDuplicate(a, DuplicateReason.SameNationalId))
            .Concat(byName.Where(a => byNationalId.All(n => n.Id != a.Id)).Select(a => ToDuplicate(a, DuplicateReason.SameNameBirthYearCommune)))
            .ToList();
        return new ListResultDto<PossibleDuplicateDto>(items);
    }

    public async Task<ListResultDto<AddressStatusCountDto>> GetStatusCountsAsync()
    {
        var counts = await (await addressScope.QueryAsync())
            .GroupBy(a => a.Status)
            .Select(g => new AddressStatusCountDto { Status = g.Key, Count = g.LongCount() })
            .ToListAsync();
        return new ListResultDto<AddressStatusCountDto>(counts.OrderBy(c => c.Status).ToList());
    }

    private static PossibleDuplicateDto ToDuplicate(HumanitarianAddress a, DuplicateReason reason) =>
        new() { Id = a.Id, FullName = a.Name, BirthYear = a.BirthYear, Commune = a.Commune, Reason = reason };

    /// <summary>Sensitive values are written only by those who may read them; the others keep what is stored.</summary>
    private async Task ApplyAsync(HumanitarianAddress address, CreateHumanitarianAddressDto input, bool sensitive)
    {
        manager.Describe(address, input.FullName ?? input.Name, input.BirthYear, input.DateOfBirth, input.Sex, input.FacilityKind, input.Capacity);
        await manager.LocateAsync(address, input.Address, input.CommuneId, input.Commune, input.Phone);
        if (sensitive)
        {
            await manager.SetNationalIdAsync(address, input.NationalId);
            address.SetSituation(input.Categories, input.Needs, input.Circumstances, input.MonthlyValueSought);
            address.SetHealthDetails(input.HealthDetails);
        }
        else
        {
            var keptHivAids = address.CategoryList(withSensitive: true).Contains(AddressCategory.HivAids);
            address.SetSituation(keptHivAids ? input.Categories.Append(AddressCategory.HivAids) : input.Categories,
                input.Needs, input.Circumstances, input.MonthlyValueSought);
            // A stored number must still agree with a corrected sex or birth year.
            if (address.ProtectedNationalId is not null)
            {
                await manager.SetNationalIdAsync(address, manager.RevealNationalId(address));
            }
        }
        await manager.SetSurveyAsync(address, input.SurveyingUnitId, input.SurveyDate);
        if (input.Status is { } status)
        {
            address.ChangeStatus(status);
        }
        address.RecordConsents(input.ConsentToSurvey, input.ConsentToShare, input.ConsentToPublish, clock.GetUtcNow().UtcDateTime, currentUser.Id);
    }

    /// <summary>Someone who may not read sensitive data may not write it either: a clear 400 rather than a silent drop.</summary>
    private void CheckSensitiveInput(CreateHumanitarianAddressDto input, bool sensitive)
    {
        if (sensitive)
        {
            return;
        }
        var given = new (bool Given, string Member)[]
        {
            (!string.IsNullOrWhiteSpace(input.NationalId), "nationalId"),
            (!string.IsNullOrWhiteSpace(input.HealthDetails), "healthDetails"),
            (input.Categories.Contains(AddressCategory.HivAids), "categories"),
        }.Where(g => g.Given).Select(g => g.Member).ToArray();
        if (given.Length > 0)
        {
            throw new AbpValidationException(l["Validation:SensitiveDataNotAllowed"], given);
        }
    }

    private async Task<List<HumanitarianAddressDto>> ShowAsync(IReadOnlyList<HumanitarianAddress> shown, string how)
    {
        var sensitive = await MaySeeSensitiveAsync();
        if (sensitive)
        {
            await sensitiveReads.RecordAsync(shown, how);
        }
        return shown.Select(a => a.ToDto(sensitive, sensitive ? manager.RevealNationalId(a) : null)).ToList();
    }

    private Task<bool> MaySeeSensitiveAsync() => permissions.IsGrantedAsync(BeneficiariesPermissions.SensitiveData);

    /// <summary>A unit officer records surveys of its own units only.</summary>
    private async Task CheckUnitInScopeAsync(Guid? unitId)
    {
        if (await unitScope.GetVisibleUnitIdsAsync() is { } visible && (unitId is null || !visible.Contains(unitId.Value)))
        {
            throw new AbpValidationException(l["Validation:UnitOutOfScope"], "surveyingUnitId");
        }
    }
}
