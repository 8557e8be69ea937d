using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Timing;
using Humanitarian.Web.Data;
using Humanitarian.Web.Identity;
using Humanitarian.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Auditing;

/// <summary>
/// Reads change sets (one per request or job: a merger or an import is one) through the tenant filter
/// and writes them as an official reads them: a title, the user's name, kinds and records by name,
/// field labels and formatted values. A bulk set lists a few records of each kind and counts the rest.
/// </summary>
public sealed class AuditLogReader(
    HumanitarianDbContext dbContext,
    AuditedKinds kinds,
    AuditedRecordNames recordNames,
    IStringLocalizer<HumanitarianResource> l) : ITransientDependency
{
    public async Task<IQueryable<AuditLog>> FilterAsync(AuditLogListInput input)
    {
        var query = dbContext.Set<AuditLog>().AsNoTracking();
        if (input.AuditLogId is { } logId)
        {
            query = query.Where(a => a.Id == logId);
        }
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            query = query.Where(a => a.UserName == input.UserName.Trim());
        }
        if (input.StartDate is { } start)
        {
            var from = VietnamCalendar.StartOfDayUtc(start);
            query = query.Where(a => a.ExecutionTime >= from);
        }
        if (input.EndDate is { } end)
        {
            var before = VietnamCalendar.StartOfDayUtc(end.AddDays(1));
            query = query.Where(a => a.ExecutionTime < before);
        }
        var type = input.EntityType?.Trim();
        var fullName = input.EntityTypeFullName?.Trim();
        var entityId = input.EntityId?.Trim();
        var changeType = input.EntityChangeType;
        var named = string.IsNullOrWhiteSpace(input.EntityName) ? null
            : await recordNames.SearchAsync(kinds.Options.Entities.Where(k => fullName is null or "" || k.EntityType.FullName == fullName), input.EntityName.Trim());
        if (!string.IsNullOrEmpty(type) || !string.IsNullOrEmpty(fullName) || !string.IsNullOrEmpty(entityId) || changeType is not null || named is not null)
        {
            // One change must match every filter given: "a unit deleted", not "a unit, and something deleted".
            query = query.Where(a => a.EntityChanges.Any(c =>
                (type == null || type == "" || c.EntityTypeFullName.Contains(type))
                && (fullName == null || fullName == "" || c.EntityTypeFullName == fullName)
                && (entityId == null || entityId == "" || c.EntityId == entityId)
                && (changeType == null || c.ChangeType == changeType)
                && (named == null || named.Contains(c.EntityId))));
        }
        return query;
    }

    /// <param name="maxPerKind">Records listed of each kind (the rest are only counted); null lists all.</param>
    /// <param name="entityId">The record asked for: listed even when its kind's first records are others.</param>
    public async Task<List<AuditLogDto>> ToDtosAsync(IReadOnlyList<AuditLog> logs, int? maxPerKind, string? entityId = null)
    {
        var ids = logs.Select(a => a.Id).ToList();
        var counts = (await dbContext.Set<EntityChange>().Where(c => ids.Contains(c.AuditLogId))
                .GroupBy(c => new { c.AuditLogId, c.EntityTypeFullName, c.ChangeType })
                .Select(g => new { g.Key.AuditLogId, g.Key.EntityTypeFullName, g.Key.ChangeType, Count = g.Count() }).ToListAsync())
            .Select(g => (g.AuditLogId, Group: new EntityChangeGroupDto(g.EntityTypeFullName,
                kinds.DisplayName(kinds.Find(g.EntityTypeFullName)), g.ChangeType, g.Count)))
            .ToLookup(g => g.AuditLogId, g => g.Group);
        var shown = await ShownChangesAsync(ids, counts, maxPerKind, entityId);
        var shownIds = shown.Select(c => c.Id).ToList();
        var properties = (await dbContext.Set<EntityPropertyChange>().AsNoTracking()
                .Where(p => shownIds.Contains(p.EntityChangeId)).ToListAsync())
            .ToLookup(p => p.EntityChangeId);
        shown.ForEach(c => c.PropertyChanges = [.. properties[c.Id]]);
        var names = await recordNames.ReadAsync(References(shown));
        var values = new AuditedValues(kinds, names, l);
        var users = await UserNamesAsync(logs);
        var shownByLog = shown.ToLookup(c => c.AuditLogId);
        return logs.Select(a => ToDto(a, counts[a.Id].ToList(), shownByLog[a.Id].ToList(), values, users)).ToList();
    }

    /// <summary>
    /// The changes to show: all of a small set in one query, the first <paramref name="maxPerKind"/> of each
    /// kind of a bulk one (an import of 20,000 rows is not read to show twenty).
    /// </summary>
    private async Task<List<EntityChange>> ShownChangesAsync(
        List<Guid> ids, ILookup<Guid, EntityChangeGroupDto> counts, int? maxPerKind, string? entityId)
    {
        var changes = dbContext.Set<EntityChange>().AsNoTracking();
        var small = ids.Where(id => maxPerKind is null || counts[id].GroupBy(g => g.EntityTypeFullName).All(k => k.Sum(g => g.Count) <= maxPerKind)).ToList();
        var shown = await changes.Where(c => small.Contains(c.AuditLogId)).ToListAsync();
        var bulk = ids.Except(small).ToList();
        if (!string.IsNullOrEmpty(entityId))
        {
            shown.AddRange(await changes.Where(c => bulk.Contains(c.AuditLogId) && c.EntityId == entityId).ToListAsync());
        }
        foreach (var (logId, kind) in bulk.SelectMany(id => counts[id].Select(g => (id, g.EntityTypeFullName))).Distinct())
        {
            shown.AddRange(await changes.Where(c => c.AuditLogId == logId && c.EntityTypeFullName == kind)
                .OrderBy(c => c.ChangeTime).ThenBy(c => c.Id).Take(maxPerKind!.Value).ToListAsync());
        }
        return shown.DistinctBy(c => c.Id).OrderBy(c => c.ChangeTime).ThenBy(c => c.EntityTypeFullName).ThenBy(c => c.EntityId).ToList();
    }

    /// <summary>The kinds this tenant's log holds, by their names, for the filter.</summary>
    public async Task<List<AuditedEntityKindDto>> GetKindsAsync() =>
        (await dbContext.Set<EntityChange>().AsNoTracking().Select(c => c.EntityTypeFullName).Distinct().ToListAsync())
        .Select(n => new AuditedEntityKindDto(n, kinds.DisplayName(kinds.Find(n))))
        .OrderBy(k => k.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, false)).ToList();

    private AuditLogDto ToDto(AuditLog log, List<EntityChangeGroupDto> groups, List<EntityChange> shown,
        AuditedValues values, Dictionary<Guid, string> users)
    {
        var count = groups.Sum(g => g.Count);
        var changes = shown.Select(c => ToDto(c, values)).ToList();
        return new AuditLogDto(log.Id, log.UserId, log.UserName, log.ExecutionTime, log.HttpMethod, log.Url, log.ClientIpAddress, changes)
        {
            UserFullName = log.UserId is { } userId ? users.GetValueOrDefault(userId) : null,
            Title = Title(shown, changes, groups, count),
            EntityChangeCount = count,
            EntityChangeGroups = [.. groups.OrderByDescending(g => g.Count).ThenBy(g => g.EntityTypeDisplayName, StringComparer.Ordinal)],
        };
    }

    private EntityChangeDto ToDto(EntityChange c, AuditedValues values)
    {
        var kind = kinds.Find(c.EntityTypeFullName);
        return new EntityChangeDto(c.Id, c.ChangeTime, c.ChangeType, c.EntityId, c.EntityTypeFullName,
            c.PropertyChanges.OrderBy(p => p.PropertyName, StringComparer.Ordinal).Select(p => new EntityPropertyChangeDto(p.PropertyName, p.OriginalValue, p.NewValue)
            {
                PropertyDisplayName = kinds.PropertyName(kind, p.PropertyName),
                OriginalValueDisplay = values.Format(kind, p.PropertyName, p.OriginalValue),
                NewValueDisplay = values.Format(kind, p.PropertyName, p.NewValue),
            }).ToList())
        {
            EntityTypeDisplayName = kinds.DisplayName(kind),
            EntityDisplayName = values.RecordName(c.EntityId),
        };
    }

    /// <summary>
    /// What the set did in one line: a merger's own record names it ("Sáp nhập A vào B"); one change is
    /// its action, kind and record; many are counted.
    /// </summary>
    private string Title(List<EntityChange> shown, List<EntityChangeDto> changes, List<EntityChangeGroupDto> groups, int count)
    {
        var headline = shown.Where(c => c.ChangeType == EntityChangeType.Created)
            .Select(c => (Kind: kinds.Find(c.EntityTypeFullName), Change: c))
            .Where(x => x.Kind.Display?.Headline is not null)
            .Select(x => x.Kind.Display!.Headline!(x.Change.PropertyChanges.ToDictionary(p => p.PropertyName, p => p.NewValue), kinds.Localizer(x.Kind)!))
            .FirstOrDefault(h => h is not null);
        if (headline is not null)
        {
            return l["AuditLogs:Title:Operation", headline, Vnd.FormatNumber(count)];
        }
        if (count == 1 && changes is [var only])
        {
            return l["AuditLogs:Title:One", l["EntityChangeType:" + only.ChangeType].Value, only.EntityTypeDisplayName, only.EntityDisplayName];
        }
        // An import: "Thêm mới 1.234 bản ghi Đơn vị"; anything mixed is counted.
        return groups is [var single]
            ? l["AuditLogs:Title:ManyOfKind", l["EntityChangeType:" + single.ChangeType].Value, Vnd.FormatNumber(count), single.EntityTypeDisplayName]
            : l["AuditLogs:Title:Many", Vnd.FormatNumber(count)];
    }

    /// <summary>The records shown and every id their values name, each with the kind it points at.</summary>
    private IEnumerable<(AuditedEntityDisplay, Guid)> References(IEnumerable<EntityChange> changes)
    {
        foreach (var change in changes)
        {
            var kind = kinds.Find(change.EntityTypeFullName);
            if (kind.Display is { } display && Guid.TryParse(change.EntityId, out var id))
            {
                yield return (display, id);
            }
            foreach (var property in change.PropertyChanges)
            {
                if (AuditedValues.Target(kinds, kind, property.PropertyName) is not { } target)
                {
                    continue;
                }
                foreach (var value in new[] { property.OriginalValue, property.NewValue })
                {
                    if (Guid.TryParse(value, out var referenced))
                    {
                        yield return (target, referenced);
                    }
                }
            }
        }
    }

    /// <summary>"Nguyễn Văn A": family name first, as Vietnam writes it.</summary>
    private async Task<Dictionary<Guid, string>> UserNamesAsync(IEnumerable<AuditLog> logs)
    {
        var ids = logs.Where(a => a.UserId.HasValue).Select(a => a.UserId!.Value).Distinct().ToList();
        var users = await dbContext.Set<AppUser>().AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Surname, u.Name }).ToListAsync();
        return users.ToDictionary(u => u.Id, u => string.Join(' ', new[] { u.Surname, u.Name }.Where(n => !string.IsNullOrWhiteSpace(n))));
    }
}
