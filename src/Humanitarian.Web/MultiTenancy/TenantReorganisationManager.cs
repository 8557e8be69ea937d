using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// Merges a tenant into another or dissolves it into its successor. Every module's
/// <see cref="ITenantReorganisationParticipant"/> moves its own rows; this closes the tenant, hands its
/// open child tenants to the heir and keeps the report. The caller's unit of work makes it one transaction.
/// </summary>
public sealed class TenantReorganisationManager(
    HumanitarianDbContext dbContext,
    TenantStore tenantStore,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IEnumerable<ITenantReorganisationParticipant> participants,
    TimeProvider clock,
    IStringLocalizer<HumanitarianResource> l) : ITransientDependency
{
    public async Task<TenantReorganisationDto> PreviewAsync(Guid sourceId, TenantReorganisationKind kind,
        Guid? successorId, DateOnly? effectiveDate, IReadOnlyList<AreaSuccessorInput> areaSuccessors)
    {
        var context = await CreateContextAsync(sourceId, kind, successorId, effectiveDate, areaSuccessors);
        return ToDto(context, await dbContext.RunAndDiscardAsync(() => ReorganiseAsync(context)));
    }

    public async Task<TenantReorganisation> ExecuteAsync(Guid sourceId, TenantReorganisationKind kind,
        Guid? successorId, DateOnly? effectiveDate, IReadOnlyList<AreaSuccessorInput> areaSuccessors)
    {
        var context = await CreateContextAsync(sourceId, kind, successorId, effectiveDate, areaSuccessors);
        var lines = await ReorganiseAsync(context);
        var source = await dbContext.Tenants.SingleAsync(t => t.Id == sourceId);
        source.Close(kind, context.Heir.Id, context.EffectiveDate);
        var record = new TenantReorganisation(Guid.NewGuid(), context, clock.GetUtcNow().UtcDateTime, currentUser.UserName, lines);
        dbContext.TenantReorganisations.Add(record);
        await dbContext.SaveChangesAsync();
        tenantStore.Invalidate();
        return record;
    }

    public static TenantReorganisationDto ToDto(TenantReorganisationContext context, IReadOnlyList<TenantReorganisationLine> lines) => new()
    {
        Kind = context.Kind,
        SourceTenantId = context.Source.Id,
        SourceName = context.Source.DisplayName,
        HeirTenantId = context.Heir.Id,
        HeirName = context.Heir.DisplayName,
        EffectiveDate = context.EffectiveDate,
        Lines = lines,
    };

    /// <summary>The child tenants first (this manager's own part), then each module's, in order.</summary>
    private async Task<IReadOnlyList<TenantReorganisationLine>> ReorganiseAsync(TenantReorganisationContext context)
    {
        var children = await dbContext.Tenants
            .Where(t => t.ParentId == context.Source.Id && t.SuccessorId == null).OrderBy(t => t.Name).ToListAsync();
        children.ForEach(child => child.ParentId = context.Heir.Id);
        var lines = new List<TenantReorganisationLine>
        {
            new(l["Menu:Tenants"], l["Reorganisation:ChildTenants"], children.Count, 0,
                children.Select(c => c.DisplayName).ToList()),
        };
        // Participants see the source as the current tenant, without what it inherited itself: those
        // records belong to older tenants and pass to the heir through the chain of successors.
        using (currentTenant.Change(context.Source.Id, context.Source.Name))
        {
            foreach (var participant in participants.OrderBy(p => p.Order))
            {
                lines.AddRange(await participant.ReorganiseAsync(context));
            }
        }
        return lines;
    }

    private async Task<TenantReorganisationContext> CreateContextAsync(Guid sourceId, TenantReorganisationKind kind,
        Guid? successorId, DateOnly? effectiveDate, IReadOnlyList<AreaSuccessorInput> areaSuccessors)
    {
        var source = await tenantStore.FindAsync(sourceId) ?? throw new EntityNotFoundException(typeof(Tenant), sourceId);
        if (source.IsClosed)
        {
            throw new BusinessException("Humanitarian:TenantClosed", l["Reorganisation:SourceClosed", source.DisplayName]);
        }
        var heirId = successorId ?? (kind == TenantReorganisationKind.Dissolve ? source.ParentId : null)
                     ?? throw new AbpValidationException(l["Reorganisation:SuccessorRequired"], "successorId");
        var heir = await tenantStore.FindAsync(heirId);
        if (heir is null || heir.IsClosed || !heir.IsActive)
        {
            throw new AbpValidationException(l["Reorganisation:SuccessorInvalid"], "successorId");
        }
        if (heir.Id == source.Id || (await tenantStore.GetDescendantsAsync(source.Id)).Any(d => d.Id == heir.Id))
        {
            throw new AbpValidationException(l["Reorganisation:SuccessorInside", source.DisplayName], "successorId");
        }
        var today = VietnamCalendar.Today(clock);
        var date = effectiveDate ?? today;
        if (date > today)
        {
            throw new AbpValidationException(l["Reorganisation:EffectiveDateInFuture"], "effectiveDate");
        }
        return new TenantReorganisationContext(kind, source, heir, date,
            await GetAreaSuccessorsAsync(kind, source, areaSuccessors));
    }

    /// <summary>
    /// Only a dissolution splits a tenant; each named successor must be open, and an area is named once.
    /// Whether the areas are the source's is for the module that owns areas to check.
    /// </summary>
    private async Task<IReadOnlyDictionary<Guid, TenantConfiguration>> GetAreaSuccessorsAsync(
        TenantReorganisationKind kind, TenantConfiguration source, IReadOnlyList<AreaSuccessorInput> areaSuccessors)
    {
        if (areaSuccessors.Count > 0 && kind != TenantReorganisationKind.Dissolve)
        {
            throw new AbpValidationException(l["Reorganisation:AreaSuccessorsOnlyDissolve"], "areaSuccessors");
        }
        var result = new Dictionary<Guid, TenantConfiguration>();
        for (var i = 0; i < areaSuccessors.Count; i++)
        {
            var (areaId, tenantId) = (areaSuccessors[i].AreaId!.Value, areaSuccessors[i].SuccessorId!.Value);
            var successor = await tenantStore.FindAsync(tenantId);
            if (successor is null || successor.IsClosed || !successor.IsActive || successor.Id == source.Id)
            {
                throw new AbpValidationException(l["Reorganisation:SuccessorInvalid"], $"areaSuccessors[{i}].successorId");
            }
            if (!result.TryAdd(areaId, successor))
            {
                throw new AbpValidationException(l["Reorganisation:AreaNamedTwice"], $"areaSuccessors[{i}].areaId");
            }
        }
        return result;
    }
}
