using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Humanitarian.Bench;

/// <summary>
/// What the app's requests spend in the database, from EF's diagnostic events in this process (the app runs
/// in it): each command EF sends — its kind (first words of the SQL), how many and for how long — while
/// <see cref="Measure"/> is on. The rest of a request's time is the pipeline, the service and serialization.
/// </summary>
public sealed class CommandProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (int Count, double Ms)> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _on;
    private (double Ms, string Sql) _slowest;

    public CommandProfile() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>Counts commands from now until the returned scope is disposed, forgetting earlier ones.</summary>
    public IDisposable Measure()
    {
        _commands.Clear();
        _slowest = (0, "");
        _on = true;
        return new Off(this);
    }

    /// <summary>The text of the slowest command since <see cref="Measure"/>.</summary>
    public string SlowestSql => _slowest.Sql;

    /// <summary>Per kind of command: count and milliseconds per request.</summary>
    public string Report(int requests)
    {
        var text = new StringBuilder();
        foreach (var (kind, (count, ms)) in _commands.OrderByDescending(c => c.Value.Ms))
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"    {(double)count / requests,5:0.0} × {ms / requests,6:0.00} ms  {kind}"));
        }
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"    total {(double)_commands.Values.Sum(c => c.Count) / requests:0.0} commands, {_commands.Values.Sum(c => c.Ms) / requests:0.00} ms per request"));
        return text.ToString();
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            _subscriptions.Add(listener.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_on && value.Value is CommandExecutedEventData executed)
        {
            var kind = Kind(executed.Command.CommandText);
            lock (_commands)
            {
                if (executed.Duration.TotalMilliseconds > _slowest.Ms)
                {
                    _slowest = (executed.Duration.TotalMilliseconds, executed.Command.CommandText);
                }
            }
            _commands.AddOrUpdate(kind, (1, executed.Duration.TotalMilliseconds),
                (_, c) => (c.Count + 1, c.Ms + executed.Duration.TotalMilliseconds));
        }
    }

    /// <summary>The statement's verb and the tables it names, e.g. <c>SELECT … FROM "BenHumanitarianAddresses"</c>.</summary>
    private static string Kind(string sql)
    {
        var words = sql.Split([' ', '\n', '\r', '\t', '(', ')', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        var verb = words.FirstOrDefault(w => w.ToUpperInvariant() is "SELECT" or "INSERT" or "UPDATE" or "DELETE" or "SAVEPOINT" or "RELEASE" or "BEGIN" or "COMMIT")
            ?? words.FirstOrDefault() ?? "";
        var tables = words.Select(w => w.Trim('"', '`', '[', ']'))
            .Where(w => w.Length > 3 && (w.StartsWith("Abp", StringComparison.Ordinal) || w.StartsWith("Ben", StringComparison.Ordinal)
                || w.StartsWith("Org", StringComparison.Ordinal) || w.StartsWith("Fnd", StringComparison.Ordinal)
                || w.StartsWith("Cmp", StringComparison.Ordinal) || w.StartsWith("OpenIddict", StringComparison.Ordinal)
                || w.StartsWith("Identity", StringComparison.Ordinal)))
            .Distinct().Take(4);
        var count = sql.Contains("COUNT(", StringComparison.OrdinalIgnoreCase) ? " COUNT" : "";
        return $"{verb.ToUpperInvariant()}{count} {string.Join(", ", tables)}";
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private sealed class Off(CommandProfile profile) : IDisposable
    {
        public void Dispose() => profile._on = false;
    }
}
