using System.Linq.Expressions;
using System.Reflection;
using Humanitarian.Framework.Auditing;
using Humanitarian.Framework.Data;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Web.Auditing;

/// <summary>
/// Names of the records a page of the log mentions, read in one query per kind through the tenant
/// filter: a tenant sees the names of its own records only, and an id it may not read stays an id.
/// Deleted records keep their names, since the log is where their deletion is read.
/// </summary>
public sealed class AuditedRecordNames(HumanitarianDbContext dbContext, IDataFilter dataFilter) : ITransientDependency
{
    private const int Chunk = 500;
    private const int MaxFound = 200;

    private static readonly MethodInfo ReadMethod = typeof(AuditedRecordNames).GetMethod(nameof(ReadAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly MethodInfo SearchMethod = typeof(AuditedRecordNames).GetMethod(nameof(SearchAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>Id → name of each id asked for that the current tenant can read.</summary>
    public async Task<Dictionary<Guid, string>> ReadAsync(IEnumerable<(AuditedEntityDisplay Kind, Guid Id)> wanted)
    {
        var names = new Dictionary<Guid, string>();
        using var _ = dataFilter.Disable<ISoftDelete>();
        foreach (var group in wanted.Where(w => w.Kind.Name is not null).GroupBy(w => w.Kind))
        {
            foreach (var chunk in group.Select(w => w.Id).Distinct().Chunk(Chunk))
            {
                var task = (Task<List<NamedRow>>)ReadMethod.MakeGenericMethod(group.Key.EntityType).Invoke(this, [group.Key.Name, chunk.ToList()])!;
                foreach (var row in await task)
                {
                    names.TryAdd(row.Id, row.Name ?? row.Id.ToString());
                }
            }
        }
        return names;
    }

    /// <summary>Ids (as the log stores them) of the registered records whose name contains <paramref name="text"/>.</summary>
    public async Task<List<string>> SearchAsync(IEnumerable<AuditedEntityDisplay> kinds, string text)
    {
        var ids = new List<string>();
        using var _ = dataFilter.Disable<ISoftDelete>();
        foreach (var kind in kinds.Where(k => k.Name is not null && dbContext.Model.FindEntityType(k.EntityType) is not null))
        {
            var task = (Task<List<NamedRow>>)SearchMethod.MakeGenericMethod(kind.EntityType).Invoke(this, [kind.Name, text])!;
            ids.AddRange((await task).Select(r => r.Id.ToString()));
        }
        return ids;
    }

    private async Task<List<NamedRow>> ReadAsync<TEntity>(LambdaExpression name, List<Guid> ids) where TEntity : class =>
        Query<TEntity>(name, id => Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)], Expression.Constant(ids), id))
            is { } query ? await query.ToListAsync() : [];

    private async Task<List<NamedRow>> SearchAsync<TEntity>(LambdaExpression name, string text) where TEntity : class =>
        Query<TEntity>(name, _ => Expression.Call(name.Body, nameof(string.Contains), null, Expression.Constant(text)))
            is { } query ? await query.Take(MaxFound).ToListAsync() : [];

    /// <summary>(key, name) of the rows <paramref name="where"/> keeps; the key read by name, as users' is not an Entity's.</summary>
    private IQueryable<NamedRow>? Query<TEntity>(LambdaExpression name, Func<Expression, Expression> where) where TEntity : class
    {
        var mapping = dbContext.Model.FindEntityType(typeof(TEntity));
        var key = mapping?.FindPrimaryKey()?.Properties is [{ ClrType: var keyType } keyProperty] && keyType == typeof(Guid) ? keyProperty.Name : null;
        if (key is null)
        {
            return null;
        }
        var entity = name.Parameters[0];
        var id = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(Guid)], entity, Expression.Constant(key));
        var filter = Expression.Lambda<Func<TEntity, bool>>(where(id), entity);
        var select = Expression.Lambda<Func<TEntity, NamedRow>>(Expression.MemberInit(Expression.New(typeof(NamedRow)),
            Expression.Bind(typeof(NamedRow).GetProperty(nameof(NamedRow.Id))!, id),
            Expression.Bind(typeof(NamedRow).GetProperty(nameof(NamedRow.Name))!, name.Body)), entity);
        return dbContext.Set<TEntity>().AsNoTracking().Where(filter).Select(select);
    }

    private sealed class NamedRow
    {
        public Guid Id { get; set; }
        public string? Name { get; set; }
    }
}
