using System.Globalization;
using System.Reflection;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Localization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.EntityFrameworkCore;

/// <summary>
/// ABP's save-time concepts in one place: stamps the tenant on new rows, fills the audit properties,
/// turns deletes of <see cref="ISoftDelete"/> into marks, checks and renews concurrency stamps, and
/// writes the entity-change audit log for changes made while serving a request.
/// </summary>
public sealed class AbpSaveChangesInterceptor(
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock,
    IHttpContextAccessor httpContextAccessor,
    IOptions<AbpAuditingOptions> auditingOptions,
    AuditedActions auditedActions,
    BulkCreationAuditing bulkCreations,
    IStringLocalizer<AbpFrameworkResource> l) : SaveChangesInterceptor, IScopedDependency
{
    public const string InheritedRecordIsReadOnly = "Abp.MultiTenancy.InheritedRecordIsReadOnly";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context!);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context!);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext context)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new List<EntityChange>();
        foreach (var entry in context.ChangeTracker.DetectedEntries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                CheckNotInherited(entry);
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    ApplyAdded(entry, now);
                    break;
                case EntityState.Modified:
                    ApplyModified(entry, now);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    ApplySoftDelete(entry, now);
                    break;
                case EntityState.Deleted:
                    ApplyConcurrencyStamp(entry);
                    break;
                default:
                    continue;
            }
            if (ShouldAudit(entry) && ToEntityChange(entry, now) is { } change)
            {
                changes.Add(change);
            }
        }
        changes.AddRange(auditedActions.TakeAll(now));
        // Start-up seeding (no request, no user) is not a user's change: it is not logged. Background
        // work started by a user runs as that user and is.
        var http = httpContextAccessor.HttpContext;
        if (changes.Count > 0 && (http is not null || currentUser.IsAuthenticated))
        {
            // The log belongs to whoever acted: the host admin provisioning a tenant (or moving one's
            // units to its heir) writes to the host's log, not to the tenant's; its changes go with it.
            var owner = currentUser.IsAuthenticated ? currentUser.TenantId : currentTenant.Id;
            foreach (var change in changes)
            {
                change.TenantId = owner;
                change.PropertyChanges.ForEach(p => p.TenantId = owner);
            }
            context.Add(new AuditLog
            {
                TenantId = owner,
                UserId = currentUser.Id,
                UserName = currentUser.UserName,
                ExecutionTime = now,
                HttpMethod = http?.Request.Method,
                Url = Truncate(http?.Request.Path.Value, 256),
                ClientIpAddress = http?.Connection.RemoteIpAddress?.ToString(),
                EntityChanges = changes,
            });
        }
    }

    /// <summary>What a tenant inherits from a closed predecessor is the record of what that tenant did: read-only.</summary>
    private void CheckNotInherited(EntityEntry entry)
    {
        if (entry.Entity is IInheritedByLegalHeir record && currentTenant.IsInherited(record))
        {
            throw new BusinessException(InheritedRecordIsReadOnly, l[InheritedRecordIsReadOnly]);
        }
    }

    private void ApplyAdded(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is IMultiTenant { TenantId: null } tenantOwned && currentTenant.Id.HasValue)
        {
            tenantOwned.TenantId = currentTenant.Id;
        }
        if (entry.Entity is IHasCreationTime created && created.CreationTime == default)
        {
            created.CreationTime = now;
        }
        if (entry.Entity is ICreationAuditedObject audited)
        {
            audited.CreatorId ??= currentUser.Id;
        }
    }

    private void ApplyModified(EntityEntry entry, DateTime now)
    {
        if (entry.Entity is IModificationAuditedObject modified)
        {
            modified.LastModificationTime = now;
            modified.LastModifierId = currentUser.Id;
        }
        ApplyConcurrencyStamp(entry);
    }

    private void ApplySoftDelete(EntityEntry entry, DateTime now)
    {
        entry.State = EntityState.Modified;
        ((ISoftDelete)entry.Entity).IsDeleted = true;
        if (entry.Entity is IDeletionAuditedObject deleted)
        {
            deleted.DeletionTime = now;
            deleted.DeleterId = currentUser.Id;
        }
        ApplyConcurrencyStamp(entry);
    }

    /// <summary>
    /// The stamp the caller holds (set on the entity from the request) becomes the value the UPDATE
    /// compares against, so a stale stamp fails with a concurrency conflict (409).
    /// </summary>
    private static void ApplyConcurrencyStamp(EntityEntry entry)
    {
        if (entry.Entity is not IHasConcurrencyStamp stamped)
        {
            return;
        }
        entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).OriginalValue = stamped.ConcurrencyStamp;
        if (entry.State != EntityState.Deleted)
        {
            stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        }
    }

    private bool ShouldAudit(EntityEntry entry)
    {
        var type = entry.Entity.GetType();
        return !type.IsDefined(typeof(DisableAuditingAttribute), inherit: true)
               && !auditingOptions.Value.IgnoredTypes.Contains(type)
               && !entry.Metadata.IsOwned();
    }

    private EntityChange? ToEntityChange(EntityEntry entry, DateTime now)
    {
        var changeType = entry.State switch
        {
            EntityState.Added => EntityChangeType.Created,
            EntityState.Deleted => EntityChangeType.Deleted,
            _ when entry.Entity is ISoftDelete { IsDeleted: true }
                   && entry.Property(nameof(ISoftDelete.IsDeleted)).IsModified => EntityChangeType.Deleted,
            _ => EntityChangeType.Updated,
        };
        var withValues = changeType != EntityChangeType.Created
                         || !(bulkCreations.IsActive || entry.Metadata.ClrType.IsDefined(typeof(AuditCreationWithoutValuesAttribute)));
        var properties = entry.Properties
            .Where(p => withValues && IsAuditedProperty(p, changeType))
            .Select(p => new EntityPropertyChange
            {
                PropertyName = p.Metadata.Name,
                OriginalValue = changeType == EntityChangeType.Created ? null : Format(p.OriginalValue),
                NewValue = changeType == EntityChangeType.Deleted ? null : Format(p.CurrentValue),
            })
            .ToList();
        if (changeType == EntityChangeType.Updated && properties.Count == 0)
        {
            return null;
        }
        return new EntityChange
        {
            ChangeTime = now,
            ChangeType = changeType,
            EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(k => Format(entry.Property(k.Name).CurrentValue))),
            EntityTypeFullName = Truncate(entry.Metadata.ClrType.FullName, 128)!,
            PropertyChanges = properties,
        };
    }

    private bool IsAuditedProperty(PropertyEntry property, EntityChangeType changeType)
    {
        var metadata = property.Metadata;
        if (metadata.IsShadowProperty() || metadata.IsPrimaryKey()
            || auditingOptions.Value.IgnoredProperties.Contains(metadata.Name)
            || metadata.PropertyInfo?.IsDefined(typeof(DisableAuditingAttribute)) == true)
        {
            return false;
        }
        return changeType switch
        {
            EntityChangeType.Created => property.CurrentValue is not null,
            EntityChangeType.Deleted => false,
            _ => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue),
        };
    }

    private static string? Format(object? value) => Truncate(value switch
    {
        null => null,
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    }, EntityPropertyChange.MaxValueLength);

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
