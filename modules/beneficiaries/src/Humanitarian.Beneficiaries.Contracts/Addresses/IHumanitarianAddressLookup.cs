namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>
/// Integration service: lets other modules check an address id they are given (a fund's disbursement to
/// an address) against what the caller may see — the tenant's addresses, a unit officer's units' only —
/// and say of it in public only what a public page may: its commune and a category that is not sensitive.
/// </summary>
public interface IHumanitarianAddressLookup
{
    Task<bool> IsVisibleAsync(Guid addressId);

    /// <returns>For each of <paramref name="addressIds"/> in the current tenant: never a name, ID, health or HIV/AIDS field.</returns>
    Task<IReadOnlyDictionary<Guid, PublicAddressSummary>> GetPublicSummariesAsync(IEnumerable<Guid> addressIds);
}

/// <param name="Category">Its first category that may be published (HIV/AIDS never is).</param>
public sealed record PublicAddressSummary(string? Commune, AddressCategory Category);
