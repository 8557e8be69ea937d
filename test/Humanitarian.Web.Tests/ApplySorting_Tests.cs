using Humanitarian.Framework.Application;

namespace Humanitarian.Web.Tests;

/// <summary>
/// Paging through a sorted list shows every row once even where the chosen key repeats: rows equal on it
/// are ordered by their id, whatever order the source holds them in.
/// </summary>
public sealed class ApplySorting_Tests
{
    private sealed record Person(Guid Id, string Name);

    private static readonly Dictionary<string, string> Sortable = new() { ["name"] = nameof(Person.Name) };

    [Fact]
    public void Should_order_rows_equal_on_the_chosen_key_by_their_id()
    {
        var lans = Enumerable.Range(0, 6).Select(_ => new Person(Guid.NewGuid(), "Nguyễn Thị Lan")).ToList();
        var people = lans.Append(new Person(Guid.NewGuid(), "Trần Văn An")).Reverse().ToList();
        var expected = lans.OrderBy(p => p.Id).Append(people.Single(p => p.Name == "Trần Văn An")).ToList();

        // Two orders of the same rows, as two requests may find them: the pages come out the same.
        foreach (var source in new[] { people, people.AsEnumerable().Reverse().ToList() })
        {
            var pages = Enumerable.Range(0, 4)
                .SelectMany(page => source.AsQueryable().ApplySorting("name", "name", Sortable)
                    .PageBy(new PagedResultRequestDto { SkipCount = page * 2, MaxResultCount = 2 }))
                .ToList();
            pages.ShouldBe(expected);
        }
    }
}
