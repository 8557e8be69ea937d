using Humanitarian.Framework.DependencyInjection;

namespace Humanitarian.Framework.Auditing;

/// <summary>
/// What a request did that its saved entity changes do not show (a test e-mail sent, an outbox message
/// queued again, whose table is not audited): written to the request's audit log with its entity
/// changes, as one more change, when the unit of work saves. Nothing is written if it rolls back.
/// </summary>
public sealed class AuditedActions : IScopedDependency
{
    private readonly List<EntityChange> _pending = [];

    /// <param name="subject">What the action was about: an entity type, or the input of an action that has none.</param>
    /// <param name="values">Property, value before (null when created) and after, as the audit log shows them.</param>
    public void Add(Type subject, string id, EntityChangeType type, params (string Property, string? Original, string? New)[] values) =>
        _pending.Add(new EntityChange
        {
            ChangeType = type,
            EntityId = id,
            EntityTypeFullName = Truncate(subject.FullName, 128)!,
            PropertyChanges = values.Select(v => new EntityPropertyChange
            {
                PropertyName = v.Property,
                OriginalValue = Truncate(v.Original, EntityPropertyChange.MaxValueLength),
                NewValue = Truncate(v.New, EntityPropertyChange.MaxValueLength),
            }).ToList(),
        });

    /// <summary>The actions added since the last save, stamped with its time; the list is emptied.</summary>
    internal List<EntityChange> TakeAll(DateTime now)
    {
        var taken = _pending.ToList();
        _pending.Clear();
        taken.ForEach(c => c.ChangeTime = now);
        return taken;
    }

    private static string? Truncate(string? value, int length) =>
        value is null || value.Length <= length ? value : value[..length];
}
