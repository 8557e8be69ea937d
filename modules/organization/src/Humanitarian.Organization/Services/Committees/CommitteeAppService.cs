using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Documents;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Committees;

/// <summary>Committees at <c>/api/app/committee</c>; their members in the partial next to this file.</summary>
[Authorize(OrganizationPermissions.Committees.Default)]
public sealed partial class CommitteeAppService(
    IRepository<Committee, Guid> committees,
    TreeRules<Committee> tree,
    CitableDocuments citableDocuments,
    InheritedRecords inheritedRecords,
    IUnitLookup unitLookup,
    IExternalUserLookupServiceProvider userLookup,
    IPermissionChecker permissions,
    TimeProvider clock,
    IStringLocalizer<OrganizationResource> l) : ApplicationService, ICommitteeAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["name"] = nameof(Committee.Name), ["kind"] = nameof(Committee.Kind), ["creationTime"] = nameof(Committee.CreationTime),
    };

    public async Task<PagedResultDto<CommitteeDto>> GetListAsync(CommitteeListInput input)
    {
        var query = (await committees.GetQueryableAsync()).AsNoTracking();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(c => c.NormalizedName.Contains(filter));
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }
        if (input.ParentId is { } parentId)
        {
            query = query.Where(c => c.ParentId == parentId);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "name", Sortable).PageBy(input).ToListAsync();
        var formerTenants = await inheritedRecords.GetFormerNamesAsync(page);
        return new PagedResultDto<CommitteeDto>(total, page.Select(c => c.ToDto(formerTenants)).ToList());
    }

    public async Task<CommitteeDto> GetAsync(Guid id)
    {
        var committee = await committees.GetAsync(id);
        return committee.ToDto(await inheritedRecords.GetFormerNamesAsync([committee]));
    }

    [Authorize(OrganizationPermissions.Committees.Create)]
    public async Task<CommitteeDto> CreateAsync(CreateCommitteeDto input)
    {
        await EnsureParentAsync(input.ParentId, null);
        await EnsureEstablishingDocumentAsync(input.EstablishingDocumentId);
        var committee = new Committee(Guid.NewGuid(), input.Name, input.Kind!.Value);
        Apply(committee, input);
        await committees.InsertAsync(committee, autoSave: true);
        return committee.ToDto(FormerTenantNames.None);
    }

    [Authorize(OrganizationPermissions.Committees.Update)]
    public async Task<CommitteeDto> UpdateAsync(Guid id, UpdateCommitteeDto input)
    {
        var committee = await committees.GetAsync(id);
        inheritedRecords.CheckOwned(committee);
        if (input.ParentId != committee.ParentId)
        {
            await EnsureParentAsync(input.ParentId, id);
        }
        if (input.EstablishingDocumentId != committee.EstablishingDocumentId)
        {
            await EnsureEstablishingDocumentAsync(input.EstablishingDocumentId);
        }
        if (input.ConcurrencyStamp is not null)
        {
            committee.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        Apply(committee, input);
        await committees.UpdateAsync(committee, autoSave: true);
        return committee.ToDto(FormerTenantNames.None);
    }

    /// <summary>Refused while boards sit below it (e.g. district boards under the city board).</summary>
    [Authorize(OrganizationPermissions.Committees.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var committee = await committees.GetAsync(id);
        inheritedRecords.CheckOwned(committee);
        var children = await (await committees.GetQueryableAsync()).CountAsync(c => c.ParentId == id);
        if (children > 0)
        {
            throw new BusinessException(OrganizationErrorCodes.CommitteeHasChildren, l["CommitteeHasChildren", committee.Name, children]);
        }
        await committees.DeleteAsync(committee);
    }

    /// <summary>The parent and the establishing document have been checked by the caller.</summary>
    private static void Apply(Committee committee, CreateCommitteeDto input)
    {
        committee.Update(input.Name, input.Kind!.Value, input.CampaignOrFundName, input.Note);
        committee.SetEstablishingDocument(input.EstablishingDocumentId);
        committee.MoveTo(input.ParentId);
    }

    private async Task EnsureParentAsync(Guid? parentId, Guid? committeeId)
    {
        if (parentId is not { } parent)
        {
            return;
        }
        var parentCommittee = await tree.EnsureParentAsync(parent, committeeId,
            OrganizationErrorCodes.ParentCommitteeNotFound, OrganizationErrorCodes.CommitteeParentCycle);
        // A board placed under a predecessor's board would change that closed record's structure.
        inheritedRecords.CheckOwned(parentCommittee!);
    }

    private async Task EnsureEstablishingDocumentAsync(Guid? documentId)
    {
        if (documentId is { } id && await citableDocuments.FindAsync(id) is null)
        {
            throw new AbpValidationException(l["DocumentNotFound"], "establishingDocumentId");
        }
    }
}
