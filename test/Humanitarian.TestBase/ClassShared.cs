namespace Humanitarian.TestBase;

/// <summary>
/// What the tests of one class share, made by the first test that asks (an xunit class fixture): e.g. a
/// tenant, whose creation costs more than most tests. The tests keep apart by unique names, so none
/// relies on another's rows; a test that needs a pristine tenant makes its own.
/// </summary>
public sealed class ClassShared<T> : IDisposable where T : class
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private T? _value;

    public async Task<T> GetAsync(Func<Task<T>> create)
    {
        await _gate.WaitAsync();
        try
        {
            return _value ??= await create();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
