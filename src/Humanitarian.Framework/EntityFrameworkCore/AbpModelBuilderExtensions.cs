using System.Linq.Expressions;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Humanitarian.Framework.EntityFrameworkCore;

public static class AbpModelBuilderExtensions
{
    private static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtcConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    /// <summary>
    /// Applies ABP's conventions to every mapped entity: tenant and soft-delete query filters that read
    /// <paramref name="context"/>'s state at query time, concurrency stamps, and UTC on read for every
    /// DateTime (MySQL returns Kind=Unspecified). Call last in <c>OnModelCreating</c>.
    /// </summary>
    public static void ConfigureAbpConventions(this ModelBuilder modelBuilder, IAbpEfCoreDbContext context)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned()).ToList())
        {
            var clrType = entityType.ClrType;
            if (entityType.BaseType is null && BuildFilter(clrType, context) is { } filter)
            {
                entityType.SetQueryFilter(filter);
            }
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                var stamp = entityType.FindProperty(nameof(IHasConcurrencyStamp.ConcurrencyStamp))!;
                stamp.IsConcurrencyToken = true;
                stamp.SetMaxLength(40);
            }
            if (typeof(IMultiTenant).IsAssignableFrom(clrType) && entityType.BaseType is null)
            {
                var tenantId = entityType.FindProperty(nameof(IMultiTenant.TenantId))!;
                if (entityType.FindIndex(tenantId) is null)
                {
                    entityType.AddIndex(tenantId);
                }
            }
            foreach (var property in entityType.GetProperties())
            {
                if (property.ClrType == typeof(DateTime)) property.SetValueConverter(UtcConverter);
                else if (property.ClrType == typeof(DateTime?)) property.SetValueConverter(NullableUtcConverter);
            }
        }
    }

    private static LambdaExpression? BuildFilter(Type clrType, IAbpEfCoreDbContext context)
    {
        var multiTenant = typeof(IMultiTenant).IsAssignableFrom(clrType);
        var softDelete = typeof(ISoftDelete).IsAssignableFrom(clrType);
        if (!multiTenant && !softDelete)
        {
            return null;
        }
        // The context is captured as IAbpEfCoreDbContext: EF swaps any expression of a type the
        // context is assignable to for the executing context, so the filters read its live state.
        var state = Expression.Constant(context, typeof(IAbpEfCoreDbContext));
        var entity = Expression.Parameter(clrType, "e");
        Expression? body = null;
        if (softDelete)
        {
            body = Expression.OrElse(
                Expression.Not(Switch(state, nameof(IAbpEfCoreDbContext.IsSoftDeleteFilterEnabled))),
                Expression.Not(EfProperty<bool>(entity, nameof(ISoftDelete.IsDeleted))));
        }
        if (multiTenant)
        {
            var tenantId = EfProperty<Guid?>(entity, nameof(IMultiTenant.TenantId));
            Expression owned = Expression.Equal(tenantId, Expression.Property(state, nameof(IAbpEfCoreDbContext.CurrentTenantId)));
            if (typeof(IInheritedByLegalHeir).IsAssignableFrom(clrType))
            {
                // A legal heir also reads the closed records of the tenants it succeeded. Most tenants
                // succeeded none: the switch folds the term away for them, and SQLite, which plans before
                // it sees the (empty) list, can then walk an index that starts with TenantId in order.
                var inherited = Expression.AndAlso(
                    Expression.Property(tenantId, nameof(Nullable<Guid>.HasValue)),
                    Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
                        Expression.Property(state, nameof(IAbpEfCoreDbContext.InheritedTenantIds)),
                        Expression.Property(tenantId, nameof(Nullable<Guid>.Value))));
                owned = Expression.OrElse(owned, Expression.AndAlso(
                    Switch(state, nameof(IAbpEfCoreDbContext.InheritsRecords)), inherited));
            }
            var tenant = Expression.OrElse(
                Expression.Not(Switch(state, nameof(IAbpEfCoreDbContext.IsMultiTenantFilterEnabled))),
                owned);
            body = body is null ? tenant : Expression.AndAlso(body, tenant);
        }
        return Expression.Lambda(body!, entity);
    }

    /// <summary>
    /// A filter's on/off switch, sent as a constant rather than a parameter: with "@off OR TenantId = @t",
    /// SQLite plans before it sees the values and scans the whole table for every list; with the constant
    /// the term folds away and the index on TenantId (or IsDeleted) serves. Two values, two cached plans.
    /// </summary>
    private static MethodCallExpression Switch(Expression state, string flag) =>
        Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(bool)], Expression.Property(state, flag));

    private static MethodCallExpression EfProperty<T>(Expression entity, string name) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [typeof(T)], entity, Expression.Constant(name));
}
