using Humanitarian.Framework.Domain;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Organization.Services.AdministrativeAreas;

/// <summary>
/// Communes and wards merged by the 2025 reorganisation: the merged area's units and sub-areas move to
/// the successor in one unit of work (audited like any change); the merged area is deleted softly and
/// remembers its successor, so records that name it stay readable.
/// </summary>
public sealed partial class AdministrativeAreaAppService
{
    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task<AdministrativeAreaMergeDto> GetMergePreviewAsync(Guid id, Guid targetId)
    {
        var (source, target) = await GetMergePairAsync(id, targetId);
        return new AdministrativeAreaMergeDto
        {
            SourceId = source.Id, SourceName = source.Name, TargetId = target.Id, TargetName = target.Name,
            UnitsMoved = await (await units.GetQueryableAsync()).CountAsync(u => u.AdministrativeAreaId == id),
            SubAreasMoved = await (await areas.GetQueryableAsync()).CountAsync(a => a.ParentId == id),
        };
    }

    [Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
    public async Task<AdministrativeAreaMergeDto> MergeAsync(Guid id, MergeAdministrativeAreaInput input)
    {
        var result = await GetMergePreviewAsync(id, input.TargetId!.Value);
        foreach (var unit in await (await units.GetQueryableAsync()).Where(u => u.AdministrativeAreaId == id).ToListAsync())
        {
            unit.PlaceIn(result.TargetId);
        }
        foreach (var child in await (await areas.GetQueryableAsync()).Where(a => a.ParentId == id).ToListAsync())
        {
            child.MoveTo(result.TargetId);
        }
        var source = await areas.GetAsync(id);
        source.MergeInto(result.TargetId);
        await areas.DeleteAsync(source, autoSave: true);
        return result;
    }

    /// <summary>Both areas exist, differ and have the same level (so the target cannot lie inside the source).</summary>
    private async Task<(AdministrativeArea Source, AdministrativeArea Target)> GetMergePairAsync(Guid id, Guid targetId)
    {
        var source = await areas.GetAsync(id);
        var target = await areas.FindAsync(targetId);
        if (target is null || target.Id == id)
        {
            throw new AbpValidationException(l["MergeTargetInvalid"], "targetId");
        }
        if (target.Level != source.Level)
        {
            throw new AbpValidationException(l["MergeTargetLevelDiffers", source.Name, target.Name], "targetId");
        }
        return (source, target);
    }
}
