import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/utils';
import { PostCard } from './PostCard';

describe('the card above a chat', () => {
  it('shows the post a comment chat is under', () => {
    renderWithProviders(<PostCard post={{ id: 'p1', text: 'Spring bouquet, 3 500 ₽', url: 'https://vk.com/wall-1_2' }} />);
    expect(screen.getByTestId('post-card')).toHaveTextContent('Comments under the post');
    expect(screen.getByTestId('post-link')).toHaveTextContent('Open the post');
  });

  it('shows the page of the site a widget visitor began on, by its address when it has no title', () => {
    renderWithProviders(<PostCard kind="page" post={{ url: 'https://shop.example/peonies?size=25', text: '' }} />);
    expect(screen.getByTestId('post-card')).toHaveTextContent('Began on the page');
    expect(screen.getByTestId('post-card')).toHaveTextContent('shop.example/peonies?size=25');
    expect(screen.getByTestId('post-link')).toHaveAttribute('href', 'https://shop.example/peonies?size=25');
    expect(screen.getByTestId('post-link')).toHaveTextContent('Open the page');
  });

  it('links nowhere for an address that is not the web', () => {
    renderWithProviders(<PostCard kind="page" post={{ url: 'javascript:alert(1)', text: 'Sale' }} />);
    expect(screen.queryByTestId('post-link')).toBeNull();
  });
});
