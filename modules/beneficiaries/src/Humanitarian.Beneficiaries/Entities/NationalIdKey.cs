using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Entities;

/// <summary>
/// The deployment's key for national ID hashes, protected by Data Protection: one row, made by the first
/// server that needs it (its fixed id makes a second server's insert fail, and that server reads the
/// first's). It never changes: every stored hash depends on it.
/// </summary>
[DisableAuditing]
public sealed class NationalIdKey
{
    public const int SingleId = 1;

    public int Id { get; private set; } = SingleId;
    public string ProtectedKey { get; private set; } = "";

    private NationalIdKey() { }

    public NationalIdKey(string protectedKey) => ProtectedKey = protectedKey;
}
