namespace Humanitarian.Campaigns.Campaigns;

/// <summary>Integration service: lets other modules check the campaign ids they are given (a donation's campaign) and name them.</summary>
public interface ICampaignLookup
{
    /// <returns>The name of each of <paramref name="campaignIds"/> the current tenant has (or inherited); the others are missing.</returns>
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IEnumerable<Guid> campaignIds);
}
