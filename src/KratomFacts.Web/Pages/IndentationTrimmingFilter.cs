using System.Text;
using KratomFacts.Web.Presentation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KratomFacts.Web.Pages;

/// <summary>
/// Sends every page without its source indentation (<see cref="HtmlIndentation"/>): on the table and article pages
/// it was a tenth to a fifth of the bytes. Pages are small and rendered whole, so buffering one costs little.
/// </summary>
public sealed class IndentationTrimmingFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var response = context.HttpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            response.Body = original;
        }

        if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) != true)
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.HttpContext.RequestAborted);
            return;
        }

        var trimmed = Encoding.UTF8.GetBytes(HtmlIndentation.Trim(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)));
        response.ContentLength = trimmed.Length;
        await original.WriteAsync(trimmed, context.HttpContext.RequestAborted);
    }
}
