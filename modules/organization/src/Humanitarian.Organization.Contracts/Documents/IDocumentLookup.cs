namespace Humanitarian.Organization.Documents;

/// <summary>Integration service: the documents other modules' records may cite as their legal basis.</summary>
public interface IDocumentLookup
{
    /// <returns>
    /// Those of <paramref name="documentIds"/> the current tenant may cite: its own, inherited ones, its
    /// ancestors' and the national (host) ones, as a document's own legal basis may.
    /// </returns>
    Task<IReadOnlySet<Guid>> GetCitableAsync(IEnumerable<Guid> documentIds);

    /// <returns>The caption (<see cref="DocumentCaptions"/>) of each of <paramref name="documentIds"/> the current tenant may cite; the others are missing.</returns>
    Task<IReadOnlyDictionary<Guid, string>> GetCaptionsAsync(IEnumerable<Guid> documentIds);

    /// <returns>The citable document with this number and symbol, the nearest owner's first (demo data cites by number), or null.</returns>
    Task<Guid?> FindCitableByNumberAsync(string number);
}
