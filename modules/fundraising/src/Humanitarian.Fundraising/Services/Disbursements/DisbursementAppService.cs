using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Domain;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Disbursements;

[Authorize(FundraisingPermissions.Disbursements.Default)]
public sealed class DisbursementAppService(
    IRepository<Disbursement, Guid> disbursements,
    IRepository<Fund, Guid> funds,
    FundLedger ledger,
    IUnitLookup units,
    IHumanitarianAddressLookup addresses,
    IDocumentLookup documents,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IDisbursementAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["date"] = nameof(Disbursement.Date), ["amount"] = nameof(Disbursement.Amount), ["creationTime"] = nameof(Disbursement.CreationTime),
    };

    public async Task<PagedResultDto<DisbursementDto>> GetListAsync(DisbursementListInput input)
    {
        var query = (await disbursements.GetQueryableAsync()).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(d => d.Purpose.Contains(filter) || (d.Restriction != null && d.Restriction.Contains(filter)));
        }
        query = input.FundId is { } fundId ? query.Where(d => d.FundId == fundId) : query;
        query = input.From is { } from ? query.Where(d => d.Date >= from) : query;
        query = input.To is { } to ? query.Where(d => d.Date <= to) : query;
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "date desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<DisbursementDto>(total, await ShowAsync(page));
    }

    public async Task<DisbursementDto> GetAsync(Guid id) => (await ShowAsync([await disbursements.GetAsync(id)]))[0];

    [Authorize(FundraisingPermissions.Disbursements.Create)]
    public async Task<DisbursementDto> CreateAsync(CreateDisbursementDto input)
    {
        var recipientId = await CheckReferencesAsync(input);
        var disbursement = new Disbursement(Guid.NewGuid(), input.FundId, input.Date, input.Amount, input.Kind, input.Purpose,
            input.RecipientKind, recipientId, input.DecisionDocumentId);
        await ledger.DisburseAsync(disbursement, input.Restriction);
        await disbursements.InsertAsync(disbursement, autoSave: true);
        return (await ShowAsync([disbursement]))[0];
    }

    /// <returns>The recipient's id for its kind (the unit's or the address's; none for a programme).</returns>
    private async Task<Guid?> CheckReferencesAsync(CreateDisbursementDto input)
    {
        if (!await ledger.IsOpenAsync(input.FundId))
        {
            throw new AbpValidationException(l["Validation:UnknownFund"], "fundId");
        }
        if (input.Date > VietnamCalendar.Today(clock))
        {
            throw new BusinessException(FundraisingErrorCodes.FutureDate).WithMember("Date");
        }
        if (input.DecisionDocumentId is { } documentId && !(await documents.GetCitableAsync([documentId])).Contains(documentId))
        {
            throw new AbpValidationException(l["Validation:UnknownDocument"], "decisionDocumentId");
        }
        switch (input.RecipientKind)
        {
            case DisbursementRecipientKind.Unit when input.UnitId is { } unitId:
                return await units.ExistsAsync(unitId) ? unitId : throw new AbpValidationException(l["Validation:UnknownUnit"], "unitId");
            case DisbursementRecipientKind.HumanitarianAddress when input.HumanitarianAddressId is { } addressId:
                return await addresses.IsVisibleAsync(addressId)
                    ? addressId
                    : throw new AbpValidationException(l["Validation:UnknownAddress"], "humanitarianAddressId");
            default:
                return null;
        }
    }

    private async Task<List<DisbursementDto>> ShowAsync(IReadOnlyList<Disbursement> shown)
    {
        var fundIds = shown.Select(d => d.FundId).Distinct().ToList();
        var fundNames = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name);
        return shown.Select(d => new DisbursementDto
        {
            Id = d.Id, FundId = d.FundId, FundName = fundNames.GetValueOrDefault(d.FundId, ""), Date = d.Date, Amount = d.Amount,
            Kind = d.Kind, Purpose = d.Purpose, Restriction = d.Restriction, RecipientKind = d.RecipientKind, UnitId = d.UnitId,
            HumanitarianAddressId = d.HumanitarianAddressId, DecisionDocumentId = d.DecisionDocumentId,
            CreationTime = d.CreationTime, CreatorId = d.CreatorId,
        }).ToList();
    }
}
