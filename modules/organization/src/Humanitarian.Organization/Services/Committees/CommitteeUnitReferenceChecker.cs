using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Committees;

/// <summary>A unit whose people sit (or sat) on committees stays: the committees' history names it.</summary>
public sealed class CommitteeUnitReferenceChecker(IRepository<Committee, Guid> committees, IStringLocalizer<OrganizationResource> l)
    : IUnitReferenceChecker, ITransientDependency
{
    public async Task<string?> GetBlockingReasonAsync(Guid unitId)
    {
        var count = await (await committees.GetQueryableAsync()).SelectMany(c => c.Members).CountAsync(m => m.UnitId == unitId);
        return count > 0 ? l["UnitReferencedByCommitteeMembers", count].Value : null;
    }
}
