namespace Humanitarian.Beneficiaries.Addresses;

/// <summary>
/// Integration service: lets other modules check an address id they are given (a fund's disbursement to
/// an address) against what the caller may see — the tenant's addresses, a unit officer's units' only.
/// Gives no personal data.
/// </summary>
public interface IHumanitarianAddressLookup
{
    Task<bool> IsVisibleAsync(Guid addressId);
}
