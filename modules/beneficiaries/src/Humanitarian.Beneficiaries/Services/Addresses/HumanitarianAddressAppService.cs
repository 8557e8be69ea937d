using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
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
    AddressViews views,
    AddressScope addressScope,
    AddressListFilter listFilter,
    AddressTwins twins,
    IUnitScope unitScope,
    ICurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IHumanitarianAddressAppService
{
    public async Task<PagedResultDto<HumanitarianAddressDto>> GetListAsync(HumanitarianAddressListInput input)
    {
        var query = await listFilter.ApplyAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "name", AddressListFilter.Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<HumanitarianAddressDto>(total, await views.ShowAsync(page, "list"));
    }

    public async Task<HumanitarianAddressDto> GetAsync(Guid id) => (await views.ShowAsync([await addressScope.GetAsync(id, tracking: false)], "details"))[0];

    [Authorize(BeneficiariesPermissions.Addresses.Create)]
    public async Task<HumanitarianAddressDto> CreateAsync(CreateHumanitarianAddressDto input)
    {
        var sensitive = await views.MaySeeSensitiveAsync();
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
        var sensitive = await views.MaySeeSensitiveAsync();
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
        var all = (await addresses.GetQueryableAsync()).AsNoTracking();
        var found = await (await twins.WithTwinAmongAsync(all, all.Where(a => a.Id == address.Id))).ToListAsync();
        var items = found.Select(a => (Address: a, Reason: AddressTwins.ReasonFor(address, a)!.Value))
            .OrderBy(d => d.Reason).ThenBy(d => d.Address.NormalizedName)
            .Select(d => new PossibleDuplicateDto
            {
                Id = d.Address.Id, FullName = d.Address.Name, BirthYear = d.Address.BirthYear, Commune = d.Address.Commune, Reason = d.Reason,
            })
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

    public async Task<ListResultDto<AddressCommuneCountDto>> GetCommuneCountsAsync(HumanitarianAddressFilterDto input)
    {
        // By the folded name, so "Xã Mường Phăng" typed in two ways is one bar; the name shown is one of its spellings.
        var counts = await (await listFilter.ApplyAsync(input))
            .GroupBy(a => a.NormalizedCommune)
            .Select(g => new AddressCommuneCountDto { Commune = g.Max(a => a.Commune), Count = g.LongCount() })
            .ToListAsync();
        return new ListResultDto<AddressCommuneCountDto>(counts.OrderByDescending(c => c.Count).ThenBy(c => c.Commune, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>A unit officer records surveys of its own units only.</summary>
    private async Task CheckUnitInScopeAsync(Guid? unitId)
    {
        if (await unitScope.GetVisibleUnitIdsAsync() is { } visible && (unitId is null || !visible.Contains(unitId.Value)))
        {
            throw new AbpValidationException(l["Validation:UnitOutOfScope"], "surveyingUnitId");
        }
    }
}
