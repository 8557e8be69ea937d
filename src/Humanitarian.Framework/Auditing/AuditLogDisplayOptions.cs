using System.Linq.Expressions;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Auditing;

/// <summary>
/// How the audit log shows each module's records to an official: the kind of record in the module's
/// language, the record by its name, which properties are money and which ids point at other records.
/// Each module registers its own entities in its <c>ConfigureServices</c>
/// (<c>Configure&lt;AuditLogDisplayOptions&gt;(o =&gt; o.Entity&lt;Unit&gt;(typeof(OrganizationResource), u =&gt; u.Name))</c>).
/// </summary>
public sealed class AuditLogDisplayOptions
{
    private readonly Dictionary<Type, AuditedEntityDisplay> _entities = [];

    public IReadOnlyCollection<AuditedEntityDisplay> Entities => _entities.Values;

    /// <summary>Ids named alike on every record (<c>TenantId</c>, <c>CreatorId</c>) and what they point at.</summary>
    public Dictionary<string, Type> References { get; } = [];

    /// <summary>
    /// Registers <typeparamref name="TEntity"/>: its kind is the key <c>AuditEntity:{ClassName}</c> of
    /// <paramref name="resource"/>, its field names <c>{ClassName}:{Property}</c> or <c>Field:{Property}</c>
    /// there, its enum values <c>{EnumName}:{Value}</c>. A property <c>{ClassName}Id</c> of any record
    /// (and <c>ParentId</c> of this one) is then shown by the name <paramref name="name"/> reads.
    /// </summary>
    public AuditedEntityDisplay Entity<TEntity>(Type resource, Expression<Func<TEntity, string?>>? name = null)
        where TEntity : class
    {
        var display = new AuditedEntityDisplay(typeof(TEntity), resource, name);
        _entities[typeof(TEntity)] = display;
        return display;
    }

    public AuditedEntityDisplay? Find(Type type) => _entities.GetValueOrDefault(type);
}

/// <summary>One registered kind of record (see <see cref="AuditLogDisplayOptions.Entity{TEntity}"/>).</summary>
public sealed class AuditedEntityDisplay(Type entityType, Type resource, LambdaExpression? name)
{
    public Type EntityType { get; } = entityType;

    /// <summary>The localization resource of the module that owns the entity.</summary>
    public Type Resource { get; } = resource;

    /// <summary>Reads the record's name in the database (null: shown by its id).</summary>
    public LambdaExpression? Name { get; } = name;

    /// <summary>Properties that hold whole đồng, shown as <c>1.234.567 ₫</c>.</summary>
    public HashSet<string> Amounts { get; } = [];

    /// <summary>
    /// Builds the change set's title when a record of this kind is created in it: a tenant merger's
    /// record says "Sáp nhập Ninh Thuận vào Khánh Hòa" for the thousand records moved with it. Given the
    /// created record's values by property name and the module's localizer.
    /// </summary>
    public Func<IReadOnlyDictionary<string, string?>, IStringLocalizer, string?>? Headline { get; set; }

    public AuditedEntityDisplay Amount(params string[] properties)
    {
        Amounts.UnionWith(properties);
        return this;
    }
}
