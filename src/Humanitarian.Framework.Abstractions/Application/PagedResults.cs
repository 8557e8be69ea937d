namespace Humanitarian.Framework.Application;

public static class PagedResults
{
    /// <summary>Every item of a paged list, page by page (for select lists and trees that need the whole of it).</summary>
    /// <param name="readPage">Reads the page starting at the given skip count.</param>
    public static async Task<List<T>> ReadAllAsync<T>(Func<int, Task<PagedResultDto<T>>> readPage)
    {
        var all = new List<T>();
        while (true)
        {
            var page = await readPage(all.Count);
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.TotalCount)
            {
                return all;
            }
        }
    }
}
