using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Documents;

/// <summary>A unit that issued or received documents stays: the documents' history names it.</summary>
public sealed class DocumentUnitReferenceChecker(IRepository<Document, Guid> documents, IStringLocalizer<OrganizationResource> l)
    : IUnitReferenceChecker, ITransientDependency
{
    public async Task<string?> GetBlockingReasonAsync(Guid unitId)
    {
        var count = await (await documents.GetQueryableAsync())
            .CountAsync(d => d.IssuerUnitId == unitId || d.Recipients.Any(r => r.UnitId == unitId));
        return count > 0 ? l["UnitReferencedByDocuments", count].Value : null;
    }
}
